/// A tree of labelled boxes to lay out: node `i` has `labels[i]` and `children[i]`.
public struct TreeLayoutInput: Sendable {
    public var ids: [String]
    public var labels: [BoxLabel]
    /// The label of the edge into node `i` (nil for none, and for the root).
    public var edgeLabels: [BoxLabel?]
    public var children: [[Int]]
    public var root: Int

    public init(ids: [String], labels: [BoxLabel], edgeLabels: [BoxLabel?]? = nil, children: [[Int]], root: Int) {
        self.ids = ids
        self.labels = labels
        self.edgeLabels = edgeLabels ?? Array(repeating: nil, count: ids.count)
        self.children = children
        self.root = root
    }
}
