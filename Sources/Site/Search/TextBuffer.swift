/// Collects UTF-8 text with runs of ASCII whitespace collapsed to one space, trimmed at
/// both ends.
struct TextBuffer {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        // Runs of non-space bytes are copied whole; only the spaces between them are looked at.
        var i = 0
        while i < piece.count {
            if Self.isSpace(piece[i]) {
                pendingSpace = !bytes.isEmpty
                i += 1
                continue
            }
            var end = i + 1
            while end < piece.count, !Self.isSpace(piece[end]) { end += 1 }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[i..<end]))
            i = end
        }
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
    }

    mutating func appendSpace() {
        pendingSpace = !bytes.isEmpty
    }

    func finish() -> String { String(decoding: bytes, as: UTF8.self) }
}
