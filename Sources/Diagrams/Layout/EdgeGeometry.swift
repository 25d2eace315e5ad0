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
