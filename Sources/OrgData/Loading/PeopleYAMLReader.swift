import Diagnostics
import OrgModel
import YAML

/// Reads `people:`: a list of `{id, name, manager, title, unit, dotted?, tags?, vacant?}`
/// plus any measure. A person with no name (or `vacant: true`) is a vacant position.
enum PeopleYAMLReader {
    static let personKeys = ["id", "name", "manager", "title", "unit", "dotted", "tags", "vacant"]

    static func records(_ node: YAMLNode, measures: [MeasureDefinition], reader: YAMLReader) -> [UnitRecord] {
        guard let items = reader.sequence(node, what: "'people'") else { return [] }
        let measureKeys = measures.map(\.key)
        let known = personKeys + measureKeys
        var records: [UnitRecord] = []
        records.reserveCapacity(items.count)
        for item in items {
            guard var item = ItemFields(item, what: "a person", known: known, reader: reader) else { continue }
            let name = item.text("name")
            let manager = item.text("manager")
            let title = item.text("title")
            let unit = item.text("unit")
            let vacantFlag = ["true", "yes"].contains(item.text("vacant").lowercased())
            let dotted = item.textList("dotted")
            let tags = item.textList("tags")
            let person = OrgUnit(
                id: item.text("id"), name: vacantFlag ? "" : name, parent: manager.isEmpty ? nil : manager,
                title: title.isEmpty ? nil : title, dotted: dotted.map(\.text), tags: tags.map(\.text),
                location: item.here,
                measures: OrgChartYAMLReader.measureValues(item.fields, keys: measureKeys, reader: reader),
                vacant: vacantFlag || name.isEmpty, unit: unit.isEmpty ? nil : unit)
            records.append(
                UnitRecord(
                    unit: person, idLocation: item.place("id"), nameLocation: item.place("name"),
                    parentLocation: item.place("manager"),
                    dottedLocations: dotted.map { item.location($0.node) },
                    malformedFields: item.malformed, unitLocation: item.place("unit")))
        }
        return records
    }
}
