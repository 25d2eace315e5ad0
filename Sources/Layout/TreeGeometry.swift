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
