import YAML
import Diagnostics

/// Reads an org chart from YAML: a mapping with `units:`, a list of
/// `{id, name, parent?, title?, dotted?, tags?}` plus any measure (`headcount: 12`).
enum OrgChartYAMLReader {
    static let unitKeys = ["id", "name", "parent", "title", "dotted", "tags"]

    /// The units listed under `node` (the value of `units:`), with the values of
    /// `measures` (built-in and declared) read as numbers.
    static func records(_ node: YAMLNode, measures: [MeasureDefinition] = MeasureDefinition.builtIn,
                        reader: YAMLReader) -> [UnitRecord] {
        let measureKeys = measures.map(\.key)
        let known = unitKeys + measureKeys
        guard let items = reader.sequence(node, what: "'units'") else { return [] }
        var records: [UnitRecord] = []
        records.reserveCapacity(items.count)
        for item in items {
            guard let mapping = reader.mapping(item, what: "a unit") else { continue }
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

            let parent = text("parent"), title = text("title")
            let dotted = fields["dotted"].map { reader.textList($0, what: "'dotted'") } ?? []
            let tags = fields["tags"].map { reader.textList($0, what: "'tags'") } ?? []
            let unit = OrgUnit(id: text("id"), name: text("name"), parent: parent.isEmpty ? nil : parent,
                               title: title.isEmpty ? nil : title, dotted: dotted.map(\.text),
                               tags: tags.map(\.text), location: here,
                               measures: measureValues(fields, keys: measureKeys, reader: reader))
            records.append(UnitRecord(unit: unit, idLocation: place("id"), nameLocation: place("name"),
                                      parentLocation: place("parent"),
                                      dottedLocations: dotted.map { reader.location($0.node) },
                                      malformedFields: malformed))
        }
        return records
    }

    /// The measures given on one unit or person; wrong values are reported and left out.
    static func measureValues(_ fields: YAMLFields, keys: [String], reader: YAMLReader) -> [String: Double] {
        var values: [String: Double] = [:]
        for entry in fields.entries where keys.contains(entry.key) {
            guard let text = reader.text(entry.value, what: quoted(entry.key)),
                  let value = MeasureValue.read(text, measure: entry.key, at: reader.location(entry.value),
                                                context: reader.context) else { continue }
            values[entry.key] = value
        }
        return values
    }
}
