import YAML

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
