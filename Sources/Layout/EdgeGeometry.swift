/// A path made of straight segments, from a parent's box to a child's box.
public struct EdgeGeometry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The solid reporting line of the tree.
        case tree
        /// A dotted-line (matrix) manager: drawn dashed, never part of the tree.
        case dotted
        /// One end of a dotted line too long to draw across the chart: a short dashed tick
        /// at the side of one box (`points`), whose label names the unit at the other end.
        case dottedStub

        /// The classes after `edge` in the SVG.
        public var svgClasses: String {
            switch self {
            case .tree: ""
            case .dotted: "dotted"
            case .dottedStub: "dotted stub"
            }
        }
    }

    /// Indices into `TreeGeometry.nodes`.
    public var from: Int
    public var to: Int
    public var points: [Point]
    public var kind: Kind
}
