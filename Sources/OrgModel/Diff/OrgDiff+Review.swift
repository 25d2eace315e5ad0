extension OrgDiff {
    /// Every measure's total and every metric, before and after: measures (built-in and
    /// declared), units, then the people-level figures where both sides have people,
    /// dotted lines and target breaches.
    public func metricDeltas() -> [MetricDelta] {
        var rows: [MetricDelta] = []
        let totalsBefore = before.totals()
        let totalsAfter = after.totals()
        for measure in after.settings.measures + before.settings.measures.filter({ after.settings.measure($0.key) == nil }) {
            let old = totalsBefore[measure.key]
            let new = totalsAfter[measure.key]
            guard old != nil || new != nil else { continue }
            rows.append(MetricDelta(key: measure.key, label: measure.label, before: old ?? 0, after: new ?? 0))
        }
        func add(_ key: String, _ label: String, _ old: Double, _ new: Double) {
            rows.append(MetricDelta(key: key, label: label, before: old, after: new))
        }
        add("units", before.subject == .people ? "Positions" : "Units", Double(before.units.count), Double(after.units.count))
        if let old = before.peopleMetrics(), let new = after.peopleMetrics() {
            add("managers", "Managers", Double(old.managers), Double(new.managers))
            add(
                "individual-contributors", "Individual contributors", Double(old.individualContributors), Double(new.individualContributors)
            )
            add("contributors-per-manager", "Individual contributors per manager", old.contributorsPerManager, new.contributorsPerManager)
            add("layers", "Layers", Double(old.layers), Double(new.layers))
            add("average-span", "Average span", old.averageSpan, new.averageSpan)
            add("largest-span", "Largest span", Double(old.largestSpan), Double(new.largestSpan))
            add(
                "narrow-spans", "Managers with fewer than 3 reports", Double(old.narrowSpanManagers.count),
                Double(new.narrowSpanManagers.count))
        } else {
            add("layers", "Layers", Double(beforeMetrics.layers), Double(afterMetrics.layers))
            add("average-span", "Average span", beforeMetrics.averageSpan, afterMetrics.averageSpan)
            add("largest-span", "Largest span", Double(beforeMetrics.largestSpan), Double(afterMetrics.largestSpan))
        }
        add("dotted-lines", "Dotted lines", Double(beforeMetrics.dottedLines), Double(afterMetrics.dottedLines))
        if before.settings.targets != nil || after.settings.targets != nil {
            add("breaches", "Breaches of targets", Double(before.targetBreaches().count), Double(after.targetBreaches().count))
        }
        return rows
    }

    /// The change list: for the chart's boxes, and for the people behind a unit chart when
    /// both sides have them: added, removed, moved, renamed, changed unit, dotted lines
    /// added or removed, and changed measures. After's order, then removed ones.
    public func changeList() -> [ChangeRecord] {
        var records = Self.changes(
            from: before.units, to: after.units, people: before.subject == .people,
            before: before, after: after)
        if before.subject == .units, !before.people.isEmpty, !after.people.isEmpty {
            records += Self.changes(from: before.people, to: after.people, people: true, before: before, after: after)
        }
        return records
    }

    private static func changes(
        from old: [OrgUnit], to new: [OrgUnit], people: Bool, before: OrgChart,
        after: OrgChart
    ) -> [ChangeRecord] {
        let hideNames = before.settings.privateFields.contains("name") || after.settings.privateFields.contains("name")
        let hidden = before.settings.privateFields.union(after.settings.privateFields)
        var oldIndex: [String: Int] = [:]
        oldIndex.reserveCapacity(old.count)
        for (i, entry) in old.enumerated() { oldIndex[entry.id] = i }
        let ownBefore = Dictionary(uniqueKeysWithValues: old.map { ($0.id, measures(of: $0, people: people, hidden: hidden)) })
        var records: [ChangeRecord] = []
        var seen = Set<String>()
        seen.reserveCapacity(new.count)
        for entry in new {
            seen.insert(entry.id)
            let name = hideNames && people ? "" : entry.name
            let now = measures(of: entry, people: people, hidden: hidden)
            guard let i = oldIndex[entry.id] else {
                records.append(ChangeRecord(id: entry.id, name: name, change: .added, from: "", to: entry.parent ?? "", measureDeltas: now))
                continue
            }
            let was = old[i]
            if was.parent != entry.parent {
                records.append(ChangeRecord(id: entry.id, name: name, change: .moved, from: was.parent ?? "", to: entry.parent ?? ""))
            }
            if was.name != entry.name, !(hideNames && people) {
                records.append(ChangeRecord(id: entry.id, name: name, change: .renamed, from: was.name, to: entry.name))
            }
            if was.unit != entry.unit {
                records.append(ChangeRecord(id: entry.id, name: name, change: .changedUnit, from: was.unit ?? "", to: entry.unit ?? ""))
            }
            for manager in entry.dotted where !was.dotted.contains(manager) {
                records.append(ChangeRecord(id: entry.id, name: name, change: .dottedLineAdded, from: "", to: manager))
            }
            for manager in was.dotted where !entry.dotted.contains(manager) {
                records.append(ChangeRecord(id: entry.id, name: name, change: .dottedLineRemoved, from: manager, to: ""))
            }
            let previous = ownBefore[entry.id] ?? [:]
            var deltas: [String: Double] = [:]
            // A private measure hidden on one side (a unit of one person) is left out on both.
            for key in Set(previous.keys).union(now.keys) where !hidden.contains(key) || (previous[key] != nil && now[key] != nil) {
                let delta = (now[key] ?? 0) - (previous[key] ?? 0)
                if delta != 0 { deltas[key] = delta }
            }
            if !deltas.isEmpty {
                let changed = deltas.keys.sorted()
                func list(_ values: [String: Double]) -> String {
                    changed.map { "\($0) \(MeasureFormat.grouped(values[$0] ?? 0))" }.joined(separator: "; ")
                }
                records.append(
                    ChangeRecord(
                        id: entry.id, name: name, change: .changedMeasures, from: list(previous),
                        to: list(now), measureDeltas: deltas))
            }
        }
        for entry in old where !seen.contains(entry.id) {
            let was = measures(of: entry, people: people, hidden: hidden).mapValues { -$0 }
            records.append(
                ChangeRecord(
                    id: entry.id, name: hideNames && people ? "" : entry.name, change: .removed,
                    from: entry.parent ?? "", to: "", measureDeltas: was))
        }
        return records
    }

    /// One entry's own numbers as the change list counts them: a person counts one head
    /// or one vacancy; private measures of a person, and of a unit of fewer than two
    /// people (its sum would be that person's value), are left out.
    private static func measures(of entry: OrgUnit, people: Bool, hidden: Set<String>) -> [String: Double] {
        var values = entry.measures
        if people {
            values[MeasureDefinition.headcount.key] = values[MeasureDefinition.headcount.key] ?? (entry.vacant ? 0 : 1)
            values[MeasureDefinition.vacancies.key] = values[MeasureDefinition.vacancies.key] ?? (entry.vacant ? 1 : 0)
            for key in hidden { values[key] = nil }
        } else if let heads = values[MeasureDefinition.headcount.key],
            heads + (values[MeasureDefinition.vacancies.key] ?? 0) < 2
        {
            for key in hidden { values[key] = nil }
        }
        return values
    }
}
