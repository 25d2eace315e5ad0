extension PrivateValues {
    /// The private values of a before/after pair, less the numbers the comparison shows as
    /// the change of a sum (a unit's own or rolled-up measure, a total, in either
    /// direction): those are aggregates too, even when one person's move makes them equal
    /// that person's value.
    public init(comparing before: OrgChart, with after: OrgChart) {
        self = before.privateValues
        formUnion(after.privateValues)
        guard !numbers.isEmpty else { return }
        var changes = Set<Double>()
        func addChanges(_ old: [String: Double], _ new: [String: Double]) {
            for key in Set(old.keys).union(new.keys) {
                let change = (new[key] ?? 0) - (old[key] ?? 0)
                changes.insert(abs(change))
            }
        }
        addChanges(before.totals(), after.totals())
        let rollUpsBefore = before.rollUps()
        let rollUpsAfter = after.rollUps()
        for (index, unit) in after.units.enumerated() {
            guard let old = before.indexByID[unit.id] else { continue }
            addChanges(before.ownMeasures(of: before.units[old]), after.ownMeasures(of: unit))
            addChanges(rollUpsBefore[old], rollUpsAfter[index])
        }
        removeNumbers(in: changes)
    }
}
