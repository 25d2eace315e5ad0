import ByteText

/// The Markdown text split into lines the way cmark counts them (`\n`, `\r\n` or `\r`
/// end a line), so passes that need the raw text of a block (pipe tables) can slice it.
struct SourceLines {
    let bytes: [UInt8]
    /// Byte offset where each line starts; line N (1-based) starts at `starts[N - 1]`.
    private(set) var starts: [Int] = [0]

    init(_ text: String) {
        bytes = Array(text.utf8)
        starts = LineStarts.of(bytes)
    }

    var count: Int { starts.count }

    /// The bytes of line `number` (1-based) without its line ending; empty past the end.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= starts.count else { return [] }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return bytes[start..<end]
    }
}
