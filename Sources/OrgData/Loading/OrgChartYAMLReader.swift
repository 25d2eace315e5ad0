import Diagnostics
import OrgModel
import YAML

/// Reads an org chart from YAML: a mapping with `units:`, a list of
/// `{id, name, parent?, title?, dotted?, tags?}` plus any measure (`headcount: 12`).
enum OrgChartYAMLReader {
    static let unitKeys = ["id", "name", "parent", "title", "dotted", "tags"]

    /// The units listed under `node` (the value of `units:`), with the values of
    /// `measures` (built-in and declared) read as numbers.
    static func records(
        _ node: YAMLNode, measures: [MeasureDefinition] = MeasureDefinition.builtIn,
        reader: YAMLReader
    ) -> [UnitRecord] {
        let measureKeys = measures.map(\.key)
        let known = unitKeys + measureKeys
        guard let items = reader.sequence(node, what: "'units'") else { return [] }
        var records: [UnitRecord] = []
        records.reserveCapacity(items.count)
        for item in items {
            guard var item = ItemFields(item, what: "a unit", known: known, reader: reader) else { continue }
            let parent = item.text("parent")
            let title = item.text("title")
            let dotted = item.textList("dotted")
            let tags = item.textList("tags")
            let unit = OrgUnit(
                id: item.text("id"), name: item.text("name"), parent: parent.isEmpty ? nil : parent,
                title: title.isEmpty ? nil : title, dotted: dotted.map(\.text),
                tags: tags.map(\.text), location: item.here,
                measures: measureValues(item.fields, keys: measureKeys, reader: reader))
            records.append(
                UnitRecord(
                    unit: unit, idLocation: item.place("id"), nameLocation: item.place("name"),
                    parentLocation: item.place("parent"),
                    dottedLocations: dotted.map { item.location($0.node) },
                    malformedFields: item.malformed))
        }
        return records
    }

    /// The measures given on one unit or person; wrong values are reported and left out.
    static func measureValues(_ fields: YAMLFields, keys: [String], reader: YAMLReader) -> [String: Double] {
        var values: [String: Double] = [:]
        for entry in fields.entries where keys.contains(entry.key) {
            guard let text = reader.text(entry.value, what: quoted(entry.key)),
                let value = MeasureValue.read(
                    text, measure: entry.key, at: reader.location(entry.value),
                    context: reader.context)
            else { continue }
            values[entry.key] = value
        }
        return values
    }
}
