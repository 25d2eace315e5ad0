/// The entries of one mapping by key, with the key nodes kept for positions. Mappings in
/// Orgbook's formats hold a handful of keys, so a linear scan beats hashing every key
/// into a dictionary per mapping (an org chart has one mapping per unit).
struct YAMLFields {
    struct Entry {
        let key: String
        let keyNode: YAMLNode
        let value: YAMLNode
    }

    /// Entries in the order written, each key once.
    private(set) var entries: [Entry] = []

    init(capacity: Int = 0) { entries.reserveCapacity(capacity) }

    mutating func append(key: String, keyNode: YAMLNode, value: YAMLNode) {
        entries.append(Entry(key: key, keyNode: keyNode, value: value))
    }

    func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// Keys in the order written.
    var order: [String] { entries.map(\.key) }

    subscript(key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }
    func keyNode(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.keyNode }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (block scalars end in one).
    var trimmingWhitespace: String {
        // Most values start and end with a visible ASCII character: nothing to trim, and
        // no need to walk the text by Character.
        if let first = utf8.first, let last = utf8.last, Self.isNonSpaceASCII(first), Self.isNonSpaceASCII(last) {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    private static func isNonSpaceASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && byte != 0x09 && !(0x0A...0x0D).contains(byte)
    }
}
