/// Collects UTF-8 text with runs of ASCII whitespace collapsed to one space, trimmed at
/// both ends: the text the search index keeps of a page.
package struct TextBuffer {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    package init() {}

    package mutating func append(_ piece: Span<UInt8>) {
        piece.withUnsafeBufferPointer { append($0) }
    }

    package mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { append($0) }
    }

    private mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        // Text between odd whitespace is copied in one go: words separated by single
        // spaces need no collapsing, and most text is just that.
        var i = 0
        let count = piece.count
        while i < count {
            if ASCIISpace.contains(piece[i]) {
                pendingSpace = !bytes.isEmpty
                i += 1
                continue
            }
            var end = i + 1
            while end < count {
                let c = piece[end]
                if !ASCIISpace.contains(c) {
                    end += 1
                } else if c == 0x20, end + 1 < count, !ASCIISpace.contains(piece[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[i..<end]))
            i = end
        }
    }

    package mutating func appendSpace() {
        pendingSpace = !bytes.isEmpty
    }

    package func finish() -> String { String(decoding: bytes, as: UTF8.self) }
}
