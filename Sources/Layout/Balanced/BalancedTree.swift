/// A tree laid out by `BalancedLayout`: its geometry, and the arrangement chosen for each
/// manager (by id), which the other side of a before/after reuses.
public struct BalancedTree: Hashable, Sendable {
    public var geometry: TreeGeometry
    /// The arrangement of every node with reports, by node id.
    public var arrangements: [String: ChildArrangement]

    public init(geometry: TreeGeometry, arrangements: [String: ChildArrangement]) {
        self.geometry = geometry
        self.arrangements = arrangements
    }
}
