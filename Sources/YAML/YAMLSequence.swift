/// A list, items in the order written.
public struct YAMLSequence: Sendable {
    public var items: [YAMLNode]
    public var mark: YAMLMark
}
