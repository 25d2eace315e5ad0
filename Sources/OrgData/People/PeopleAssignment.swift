import Diagnostics
import OrgModel

/// Puts people into the units of a unit chart (`units:` with `people:`): each unit's own
/// measures gain its people's (one head per filled position, one vacancy per vacant one,
/// their FTE, cost and custom measures), and the chart keeps the people for people-level
/// metrics.
enum PeopleAssignment {
    static func assign(_ people: OrgChart, records: [UnitRecord], to chart: inout OrgChart, context: LoadContext) {
        let unitIDs = chart.units.map(\.id)
        var suggestionsLeft = 20
        for (person, record) in zip(people.units, records) {
            guard let unit = person.unit else { continue }
            guard let index = chart.indexByID[unit] else {
                let suggestion = suggestionsLeft > 0 ? NameSuggestion.closest(to: unit, in: unitIDs) : nil
                suggestionsLeft -= 1
                context.report(
                    PeopleError.unknownUnit(person: person.id, unit: unit, suggestion: suggestion),
                    at: record.unitLocation ?? record.location)
                continue
            }
            for (key, value) in people.ownMeasures(of: person) { chart.units[index].measures[key, default: 0] += value }
        }
        chart.people = people.units
    }
}
