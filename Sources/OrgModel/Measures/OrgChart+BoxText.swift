extension OrgChart {
    /// The measures line of every box (`1,240 HC · €4.2m`), indexed like `units`: the
    /// `show:` measures of each box's roll-up; nil where nothing is shown. Where the chart
    /// has people, a private measure is shown only where it sums at least two people, so
    /// no box gives away one person's value.
    public func measureLines() -> [String?] {
        guard !settings.show.isEmpty else { return Array(repeating: nil, count: units.count) }
        let rolled = rollUps()
        let hasPeople = subject == .people || !people.isEmpty
        return units.indices.map { index in
            var values = rolled[index]
            if hasPeople, (values[MeasureDefinition.headcount.key] ?? 0) < 2 {
                for key in settings.privateFields { values[key] = nil }
            }
            return MeasureFormat.line(values, settings: settings)
        }
    }
}
