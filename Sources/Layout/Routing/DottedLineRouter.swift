import OrgModel

/// Dotted-line (matrix) reporting lines over a laid-out org chart, routed orthogonally
/// through the gaps between boxes (never across one) by `OrthogonalRouter`.
enum DottedLineRouter {
    /// One dashed edge per dotted-line manager of every drawn unit, in unit order. Node `k`
    /// of `geometry` is unit `units[k]` (all units in order when nil); `drawn` says which
    /// nodes are units drawn here rather than collapsed branches.
    static func route(
        _ chart: OrgChart, geometry: TreeGeometry, units: [Int]? = nil,
        drawn: (Int) -> Bool = { _ in true }
    ) -> (edges: [EdgeGeometry], unrouted: [(manager: Int, unit: Int)]) {
        var nodeOfUnit: [Int: Int] = [:]
        var any = false
        for k in geometry.nodes.indices where drawn(k) {
            let unit = units?[k] ?? k
            if !chart.units[unit].dotted.isEmpty { any = true }
            nodeOfUnit[unit] = k
        }
        guard any else { return ([], []) }
        var router = OrthogonalRouter(boxes: geometry.nodes.map(\.rect))
        var edges: [EdgeGeometry] = []
        var unrouted: [(manager: Int, unit: Int)] = []
        for k in geometry.nodes.indices where drawn(k) {
            let unit = units?[k] ?? k
            for manager in chart.units[unit].dotted {
                guard let m = chart.indexByID[manager].flatMap({ nodeOfUnit[$0] }), m != k else { continue }
                if let points = router.route(from: m, to: k) {
                    edges.append(EdgeGeometry(from: m, to: k, points: points, kind: .dotted))
                } else {
                    unrouted.append((m, k))
                }
            }
        }
        return (edges, unrouted)
    }

    /// The two stubs of a dotted line not drawn whole: a short tick at the right side of
    /// each box, near its bottom (clear of the edges that meet a side at its middle, and
    /// inside the 16 px gap the layout leaves beside every box). `slot` counts the stubs a
    /// box already has, so several stack upwards.
    static func stub(from box: Rect, slot: Int) -> [Point] {
        let y = box.maxY - 6 - Double(slot) * 6
        return [Point(x: box.maxX, y: y), Point(x: box.maxX + stubLength, y: y)]
    }

    static let stubLength = 8.0
}
