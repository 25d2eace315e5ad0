/// A mapping, entries in the order written, repeated keys kept (the readers report them).
struct YAMLMapping: Sendable {
    var pairs: [YAMLPair]
    var mark: YAMLMark

    /// The value of the last entry whose key is the text `key` (so a repeated key reads like
    /// a dictionary where the last write wins).
    subscript(key: String) -> YAMLNode? {
        pairs.last { $0.key.text == key }?.value
    }

    var keys: [YAMLNode] { pairs.map(\.key) }
}
