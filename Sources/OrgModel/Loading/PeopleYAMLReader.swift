import YAML
import Diagnostics

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
            guard let mapping = reader.mapping(item, what: "a person") else { continue }
            let fields = reader.fields(mapping, known: known)
            let here = reader.location(item)
            var malformed: Set<String> = []
            func text(_ key: String) -> String {
                guard let node = fields[key] else { return "" }
                guard let value = reader.text(node, what: quoted(key)) else {
                    malformed.insert(key)
                    return ""
                }
                return value
            }
            func place(_ key: String) -> SourceLocation { fields[key].map(reader.location) ?? here }
            let name = text("name"), manager = text("manager"), title = text("title"), unit = text("unit")
            let vacantFlag = ["true", "yes"].contains(text("vacant").lowercased())
            let dotted = fields["dotted"].map { reader.textList($0, what: "'dotted'") } ?? []
            let tags = fields["tags"].map { reader.textList($0, what: "'tags'") } ?? []
            let person = OrgUnit(id: text("id"), name: vacantFlag ? "" : name, parent: manager.isEmpty ? nil : manager,
                                 title: title.isEmpty ? nil : title, dotted: dotted.map(\.text), tags: tags.map(\.text),
                                 location: here,
                                 measures: OrgChartYAMLReader.measureValues(fields, keys: measureKeys, reader: reader),
                                 vacant: vacantFlag || name.isEmpty, unit: unit.isEmpty ? nil : unit)
            records.append(UnitRecord(unit: person, idLocation: place("id"), nameLocation: place("name"),
                                      parentLocation: place("manager"),
                                      dottedLocations: dotted.map { reader.location($0.node) },
                                      malformedFields: malformed, unitLocation: place("unit")))
        }
        return records
    }
}
