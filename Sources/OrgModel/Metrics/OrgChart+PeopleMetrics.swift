extension OrgChart {
    /// The people the people-level metrics read: the boxes of a people chart, or the
    /// people behind a unit chart (empty when it has none).
    public var peopleForMetrics: [OrgUnit] { subject == .people ? units : people }

    /// People-level metrics; nil for a unit chart with no people (its unit metrics are
    /// `OrgMetrics`).
    public func peopleMetrics() -> PeopleMetrics? {
        let people = peopleForMetrics
        guard !people.isEmpty else { return nil }
        return PeopleMetrics(people: people, tree: PeopleTree(people))
    }

    /// Every place the chart misses `settings.targets`, people first where the chart has
    /// them (else units): managers whose span is out of range, then everyone below the
    /// deepest layer allowed, in data order.
    public func targetBreaches() -> [TargetBreach] {
        guard let targets = settings.targets else { return [] }
        let entries = peopleForMetrics.isEmpty ? units : peopleForMetrics
        let tree = PeopleTree(entries)
        let hideNames = settings.privateFields.contains("name")
        var breaches: [TargetBreach] = []
        for (index, entry) in entries.enumerated() {
            let name = hideNames ? "" : entry.name
            let span = tree.span[index]
            if span > 0, let min = targets.spanMin, span < min {
                breaches.append(TargetBreach(kind: .spanBelowMin, id: entry.id, name: name, value: span, limit: min))
            }
            if let max = targets.spanMax, span > max {
                breaches.append(TargetBreach(kind: .spanAboveMax, id: entry.id, name: name, value: span, limit: max))
            }
        }
        if let max = targets.layersMax {
            for (index, entry) in entries.enumerated() where tree.layer[index] > max {
                breaches.append(
                    TargetBreach(
                        kind: .layersAboveMax, id: entry.id, name: hideNames ? "" : entry.name,
                        value: tree.layer[index], limit: max))
            }
        }
        return breaches
    }
}
