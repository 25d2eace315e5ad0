import Diagnostics
import OrgModel

/// `group-by: <column>`: turns a people chart into a unit chart, one unit per distinct
/// value of the column (in order of first appearance). A unit's head is the member whose
/// manager is outside the unit; the unit's parent is the unit of that manager. A unit's own
/// measures are its members' (headcount, vacancies, FTE, cost, custom), so roll-ups give
/// each subtree's totals. Linear in the number of people.
enum UnitGrouping {
    static func group(
        _ people: OrgChart, by column: String, records: [UnitRecord], at place: SourceLocation,
        context: LoadContext
    ) -> OrgChart? {
        let errorsBefore = context.errorCount
        guard let value = valueReader(column, people: people) else {
            var known = ["unit"]
            for person in people.units { for key in person.attributes.keys where !known.contains(key) { known.append(key) } }
            context.report(SourceError.unknownGroupBy(column, known: known), at: place)
            return nil
        }
        // Each person's group, as an index into `values`.
        var values: [String] = []
        var groupOf = [Int](repeating: -1, count: people.units.count)
        var indexOfValue: [String: Int] = [:]
        for (index, person) in people.units.enumerated() {
            let text = value(person)
            guard !text.isEmpty else {
                context.report(
                    SourceError.emptyGroup(person: person.id, column: column),
                    at: records[index].unitLocation ?? records[index].location)
                continue
            }
            if let group = indexOfValue[text] {
                groupOf[index] = group
            } else {
                indexOfValue[text] = values.count
                groupOf[index] = values.count
                values.append(text)
            }
        }
        guard context.errorCount == errorsBefore else { return nil }

        var heads = [[Int]](repeating: [], count: values.count)
        var own = [[String: Double]](repeating: [:], count: values.count)
        for (index, person) in people.units.enumerated() {
            let group = groupOf[index]
            for (key, amount) in people.ownMeasures(of: person) { own[group][key, default: 0] += amount }
            let manager = person.parent.flatMap { people.indexByID[$0] }
            if manager == nil || groupOf[manager!] != group { heads[group].append(index) }
        }
        var unitRecords: [UnitRecord] = []
        unitRecords.reserveCapacity(values.count)
        let namePrivate = people.settings.privateFields.contains("name")
        for (group, name) in values.enumerated() {
            let members = heads[group]
            let parents = members.compactMap { people.units[$0].parent.flatMap { people.indexByID[$0] } }.map { groupOf[$0] }
            var parentGroups: [Int] = []
            for parent in parents where !parentGroups.contains(parent) { parentGroups.append(parent) }
            let head = members[0]
            if parentGroups.count > 1 {
                context.report(
                    SourceError.ambiguousHead(
                        unit: name, heads: members.map { people.units[$0].id },
                        parentUnits: parentGroups.map { values[$0] }),
                    at: records[members[1]].parentLocation)
                continue
            }
            let headPerson = people.units[head]
            let title = members.count == 1 ? (namePrivate || headPerson.vacant ? headPerson.title : headPerson.name) : nil
            let unit = OrgUnit(
                id: name, name: name, parent: parentGroups.first.map { values[$0] }, title: title,
                location: headPerson.location, measures: own[group])
            unitRecords.append(
                UnitRecord(
                    unit: unit, idLocation: records[head].location, nameLocation: records[head].location,
                    parentLocation: records[head].parentLocation, dottedLocations: []))
        }
        guard context.errorCount == errorsBefore,
            var chart = OrgChartBuilder.build(
                title: people.title, records: unitRecords, chartLocation: place,
                context: context)
        else { return nil }
        chart.settings = people.settings
        chart.people = people.units
        return chart
    }

    /// How to read a person's group: their `unit`, or an attribute (column names compare
    /// without case); nil when the data has no such column.
    private static func valueReader(_ column: String, people: OrgChart) -> ((OrgUnit) -> String)? {
        if column.lowercased() == "unit" { return { $0.unit ?? "" } }
        let wanted = column.lowercased()
        for person in people.units {
            if let key = person.attributes.keys.first(where: { $0.lowercased() == wanted }) {
                return { $0.attributes[key] ?? "" }
            }
        }
        return nil
    }
}
