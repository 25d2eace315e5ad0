import OrgModel

/// Dotted-line (matrix) reporting lines over a laid-out org chart, routed orthogonally
/// through the gaps between boxes (never across one) by `OrthogonalRouter`.
enum DottedLineRouter {
    /// One dashed edge per dotted-line manager of every drawn unit, in unit order. Node `k`
    /// of `geometry` is unit `units[k]` (all units in order when nil); `drawn` says which
    /// nodes are units drawn here rather than collapsed branches.
    static func route(_ chart: OrgChart, geometry: TreeGeometry, units: [Int]? = nil,
                      drawn: (Int) -> Bool = { _ in true }) -> [EdgeGeometry] {
        var nodeOfUnit: [Int: Int] = [:]
        var any = false
        for k in geometry.nodes.indices where drawn(k) {
            let unit = units?[k] ?? k
            if !chart.units[unit].dotted.isEmpty { any = true }
            nodeOfUnit[unit] = k
        }
        guard any else { return [] }
        let router = OrthogonalRouter(boxes: geometry.nodes.map(\.rect))
        var edges: [EdgeGeometry] = []
        for k in geometry.nodes.indices where drawn(k) {
            let unit = units?[k] ?? k
            for manager in chart.units[unit].dotted {
                guard let m = chart.indexByID[manager].flatMap({ nodeOfUnit[$0] }), m != k else { continue }
                edges.append(EdgeGeometry(from: m, to: k, points: router.route(from: m, to: k), kind: .dotted))
            }
        }
        return edges
    }
}
