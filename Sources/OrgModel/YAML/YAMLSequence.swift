/// A list, items in the order written.
struct YAMLSequence: Sendable {
    var items: [YAMLNode]
    var mark: YAMLMark
}
