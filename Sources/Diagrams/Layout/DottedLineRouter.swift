import OrgModel

/// Dotted-line (matrix) reporting lines drawn over a laid-out org chart.
enum DottedLineRouter {
    /// One dashed edge per dotted-line manager of every unit, in unit order.
    static func route(_ chart: OrgChart, geometry: TreeGeometry) -> [EdgeGeometry] {
        var edges: [EdgeGeometry] = []
        for (i, unit) in chart.units.enumerated() {
            for manager in unit.dotted {
                guard let m = chart.indexByID[manager], m != i else { continue }
                let points = straightPath(from: geometry.nodes[m].rect, to: geometry.nodes[i].rect)
                edges.append(EdgeGeometry(from: m, to: i, points: points, kind: .dotted))
            }
        }
        return edges
    }

    static func straightPath(from manager: Rect, to unit: Rect) -> [Point] {
        let towardsRight = unit.midX >= manager.midX
        let start = Point(x: towardsRight ? manager.maxX : manager.x, y: manager.midY)
        let end = unit.y > manager.maxY ? Point(x: unit.midX, y: unit.y) : Point(x: towardsRight ? unit.x : unit.maxX, y: unit.midY)
        return [start, end]
    }
}
