/// Collects UTF-8 text with runs of ASCII whitespace collapsed to one space, trimmed at
/// both ends.
struct TextBuffer {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        for c in piece {
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(c)
            }
        }
    }

    mutating func appendSpace() {
        pendingSpace = !bytes.isEmpty
    }

    func finish() -> String { String(decoding: bytes, as: UTF8.self) }
}
