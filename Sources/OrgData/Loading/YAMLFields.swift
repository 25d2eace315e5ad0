import OrgModel
import YAML

/// The entries of one mapping by key, with the key nodes kept for positions. Mappings in
/// Orgbook's formats hold a handful of keys, so a linear scan beats hashing every key
/// into a dictionary per mapping (an org chart has one mapping per unit).
public struct YAMLFields {
    public struct Entry {
        public let key: String
        public let keyNode: YAMLNode
        public let value: YAMLNode
    }

    /// Entries in the order written, each key once.
    public private(set) var entries: [Entry] = []

    public init(capacity: Int = 0) { entries.reserveCapacity(capacity) }

    public mutating func append(key: String, keyNode: YAMLNode, value: YAMLNode) {
        entries.append(Entry(key: key, keyNode: keyNode, value: value))
    }

    public func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// Keys in the order written.
    public var order: [String] { entries.map(\.key) }

    public subscript(key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }
    public func keyNode(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.keyNode }
}
