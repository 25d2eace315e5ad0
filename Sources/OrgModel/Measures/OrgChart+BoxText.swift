extension OrgChart {
    /// The measures line of every box (`1,240 HC · €4.2m`), indexed like `units`: the
    /// `show:` measures of each box's roll-up; nil where nothing is shown. A private measure
    /// is shown only where it sums several people, never on one person's own box.
    public func measureLines() -> [String?] {
        guard !settings.show.isEmpty else { return Array(repeating: nil, count: units.count) }
        let rolled = rollUps()
        return units.indices.map { index in
            var values = rolled[index]
            if subject == .people, childrenByID[units[index].id]?.isEmpty ?? true {
                for key in settings.privateFields { values[key] = nil }
            }
            return MeasureFormat.line(values, settings: settings)
        }
    }
}
