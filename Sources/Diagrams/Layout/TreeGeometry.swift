/// A laid-out tree diagram: boxes and edge paths, no drawing.
public struct TreeGeometry: Hashable, Sendable {
    public var nodes: [NodeGeometry]
    public var edges: [EdgeGeometry]
    /// Everything drawn lies inside; starts at (0, 0).
    public var bounds: Rect

    public init(nodes: [NodeGeometry], edges: [EdgeGeometry], bounds: Rect) {
        self.nodes = nodes
        self.edges = edges
        self.bounds = bounds
    }
}

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
    /// True when the node hangs off a vertical spine under a manager with many reports.
    public var isStacked: Bool
}

/// A path made of straight segments, from a parent's box to a child's box.
public struct EdgeGeometry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The solid reporting line of the tree.
        case tree
        /// A dotted-line (matrix) manager: drawn dashed, never part of the tree.
        case dotted
    }

    /// Indices into `TreeGeometry.nodes`.
    public var from: Int
    public var to: Int
    public var points: [Point]
    public var kind: Kind
}
