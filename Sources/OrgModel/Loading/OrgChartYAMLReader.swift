import YAML
import Diagnostics

/// Reads an org chart from YAML: a mapping with `units:`, a list of
/// `{id, name, parent?, title?, dotted?, tags?}`.
enum OrgChartYAMLReader {
    static let unitKeys = ["id", "name", "parent", "title", "dotted", "tags"]

    /// The units listed under `node` (the value of `units:`).
    static func records(_ node: YAMLNode, reader: YAMLReader) -> [UnitRecord] {
        guard let items = reader.sequence(node, what: "'units'") else { return [] }
        var records: [UnitRecord] = []
        records.reserveCapacity(items.count)
        for item in items {
            guard let mapping = reader.mapping(item, what: "a unit") else { continue }
            let fields = reader.fields(mapping, known: unitKeys)
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

            let parent = text("parent"), title = text("title")
            let dotted = fields["dotted"].map { reader.textList($0, what: "'dotted'") } ?? []
            let tags = fields["tags"].map { reader.textList($0, what: "'tags'") } ?? []
            let unit = OrgUnit(id: text("id"), name: text("name"), parent: parent.isEmpty ? nil : parent,
                               title: title.isEmpty ? nil : title, dotted: dotted.map(\.text),
                               tags: tags.map(\.text), location: here)
            records.append(UnitRecord(unit: unit, idLocation: place("id"), nameLocation: place("name"),
                                      parentLocation: place("parent"),
                                      dottedLocations: dotted.map { reader.location($0.node) },
                                      malformedFields: malformed))
        }
        return records
    }
}
