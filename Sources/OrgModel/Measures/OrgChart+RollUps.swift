extension OrgChart {
    /// Each unit's measures summed over its subtree (itself and everything below it),
    /// indexed like `units`. For a people chart, every filled position counts 1 in
    /// `headcount` and every vacant one 1 in `vacancies`, unless the data gives the value.
    /// Linear: children are summed into parents in reverse breadth-first order.
    public func rollUps() -> [[String: Double]] {
        var totals = units.map { ownMeasures(of: $0) }
        for index in breadthFirstOrder().reversed() {
            guard let parent = units[index].parent, let p = indexByID[parent] else { continue }
            for (key, value) in totals[index] { totals[p][key, default: 0] += value }
        }
        return totals
    }

    /// Every measure summed over the whole chart.
    public func totals() -> [String: Double] {
        var sum: [String: Double] = [:]
        for unit in units { for (key, value) in ownMeasures(of: unit) { sum[key, default: 0] += value } }
        return sum
    }

    /// What one box counts by itself: its data, plus one head or one vacancy for a person.
    public func ownMeasures(of unit: OrgUnit) -> [String: Double] {
        guard subject == .people else { return unit.measures }
        var values = unit.measures
        if values[MeasureDefinition.headcount.key] == nil { values[MeasureDefinition.headcount.key] = unit.vacant ? 0 : 1 }
        if values[MeasureDefinition.vacancies.key] == nil { values[MeasureDefinition.vacancies.key] = unit.vacant ? 1 : 0 }
        return values
    }

    /// Unit indices from the root down, level by level.
    func breadthFirstOrder() -> [Int] {
        guard let root = indexByID[rootID] else { return [] }
        var order = [root]
        order.reserveCapacity(units.count)
        var next = 0
        while next < order.count {
            for child in childrenByID[units[order[next]].id] ?? [] { if let c = indexByID[child] { order.append(c) } }
            next += 1
        }
        return order
    }
}
