/// A mapping, entries in the order written, repeated keys kept (the readers report them).
public struct YAMLMapping: Sendable {
    public var pairs: [YAMLPair]
    public var mark: YAMLMark

    /// The value of the last entry whose key is the text `key` (so a repeated key reads like
    /// a dictionary where the last write wins).
    public subscript(key: String) -> YAMLNode? {
        pairs.last { $0.key.text == key }?.value
    }

    public var keys: [YAMLNode] { pairs.map(\.key) }
}
