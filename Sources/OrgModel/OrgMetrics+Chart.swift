extension OrgMetrics {
    /// The shape figures of `chart`, in one pass down from the root.
    public init(chart: OrgChart) {
        var layers = 0
        var level = [chart.rootID]
        while !level.isEmpty {
            layers += 1
            level = level.flatMap { chart.childrenByID[$0] ?? [] }
        }
        var distribution: [Int: Int] = [:]
        var reports = 0
        for children in chart.childrenByID.values where !children.isEmpty {
            distribution[children.count, default: 0] += 1
            reports += children.count
        }
        let managers = distribution.values.reduce(0, +)
        self.init(
            units: chart.units.count,
            layers: layers,
            averageSpan: managers == 0 ? 0 : Double(reports) / Double(managers),
            largestSpan: distribution.keys.max() ?? 0,
            spanDistribution: distribution,
            reportingToRoot: chart.childrenByID[chart.rootID]?.count ?? 0,
            dottedLines: chart.units.reduce(0) { $0 + $1.dotted.count })
    }
}
