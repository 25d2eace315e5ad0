/// One box of a tree diagram.
public struct NodeGeometry: Hashable, Sendable {
    public var id: String
    public var rect: Rect
    public var label: BoxLabel
    /// The label of the edge leading into this node (a decision's answer), drawn on that
    /// edge just above the box.
    public var edgeLabel: BoxLabel?
    public var edgeLabelRect: Rect?
    public var depth: Int
    public var parent: Int?
    /// True when the node hangs off a vertical spine, under a manager with many reports.
    public var isStacked: Bool
}
