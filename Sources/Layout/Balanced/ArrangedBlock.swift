/// One manager's block once an arrangement is applied: its size, where its own box sits,
/// and (when placing, not just measuring) where each report's block goes and the path of
/// each reporting line, all relative to the block's top-left corner.
struct ArrangedBlock {
    var width: Double
    var height: Double
    /// The x of the manager box's centre.
    var anchor: Double
    /// Top-left of each report's block (empty when only measured).
    var offsets: [Point] = []
    /// The reporting line into each report (empty when only measured).
    var edges: [[Point]] = []

    /// Moves everything right by `dx` (to bring the leftmost part to x = 0).
    mutating func shift(by dx: Double) {
        guard dx != 0 else { return }
        anchor += dx
        for i in offsets.indices { offsets[i].x += dx }
        for i in edges.indices { for j in edges[i].indices { edges[i][j].x += dx } }
    }
}
