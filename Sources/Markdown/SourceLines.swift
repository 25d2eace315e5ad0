#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// The Markdown text split into lines the way cmark counts them (`\n`, `\r\n` or `\r`
/// end a line), so passes that need the raw text of a block (pipe tables) can slice it.
struct SourceLines {
    let bytes: [UInt8]
    /// Byte offset where each line starts; line N (1-based) starts at `starts[N - 1]`.
    private(set) var starts: [Int] = [0]

    init(_ text: String) {
        bytes = Array(text.utf8)
        starts = bytes.withUnsafeBufferPointer { bytes in
            var starts = [0]
            starts.reserveCapacity(bytes.count / 32)
            guard let base = bytes.baseAddress else { return starts }
            let count = bytes.count
            // Without a carriage return (nearly every file) the line ends are where
            // memchr finds newlines.
            if memchr(base, 0x0D, count) == nil {
                var from = 0
                while from < count, let newline = memchr(base + from, 0x0A, count - from) {
                    from = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
                    starts.append(from)
                }
                return starts
            }
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    starts.append(index + 1)
                } else if byte == UInt8(ascii: "\r") {
                    if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
            return starts
        }
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
