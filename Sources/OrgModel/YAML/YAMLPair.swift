/// One `key: value` entry of a mapping.
struct YAMLPair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
}
