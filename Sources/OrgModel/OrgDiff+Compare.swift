extension OrgDiff {
    /// Compares two charts, matching units by id: a unit of both sides is unchanged or
    /// moved (its parent differs), flagged renamed when its name differs; a unit of one
    /// side only is added or removed. Changes list after's units in order, then the
    /// removed ones in before's order.
    public init(title: String?, before: OrgChart, after: OrgChart) {
        var changes: [UnitChange] = []
        changes.reserveCapacity(after.units.count)
        for unit in after.units {
            guard let old = before.unit(unit.id) else {
                changes.append(
                    UnitChange(
                        id: unit.id, kind: .added, renamed: false, beforeName: nil,
                        afterName: unit.name, beforeParent: nil, afterParent: unit.parent))
                continue
            }
            changes.append(
                UnitChange(
                    id: unit.id, kind: old.parent == unit.parent ? .unchanged : .moved,
                    renamed: old.name != unit.name, beforeName: old.name, afterName: unit.name,
                    beforeParent: old.parent, afterParent: unit.parent))
        }
        for unit in before.units where after.indexByID[unit.id] == nil {
            changes.append(
                UnitChange(
                    id: unit.id, kind: .removed, renamed: false, beforeName: unit.name,
                    afterName: nil, beforeParent: unit.parent, afterParent: nil))
        }
        self.init(
            title: title, before: before, after: after, changes: changes,
            beforeMetrics: OrgMetrics(chart: before), afterMetrics: OrgMetrics(chart: after))
    }

    /// The change for unit `id`, if either side has it.
    public func change(for id: String) -> UnitChange? { changes.first { $0.id == id } }
}
