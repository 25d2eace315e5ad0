import Diagnostics
import OrgModel
import YAML

/// Reads a before/after comparison: `before:` and `after:` each a path to a YAML or CSV
/// org chart (relative to the document's folder) or an inline `units:` mapping.
enum OrgDiffYAMLReader {
    public static let documentKeys = ["kind", "title", "before", "after"]

    public static func read(
        _ fields: YAMLFields, node: YAMLNode, title: String?, reader: YAMLReader,
        baseDirectory: String
    ) -> OrgDiff? {
        var sides: [OrgChart?] = []
        for key in ["before", "after"] {
            guard let value = fields[key], let keyNode = fields.keyNode(key) else {
                reader.report(DataFormatError.missingKey(key: key, in: "the org diff"), at: node)
                sides.append(nil)
                continue
            }
            sides.append(chart(value, key: keyNode, reader: reader, baseDirectory: baseDirectory))
        }
        guard let before = sides[0], let after = sides[1] else { return nil }
        return OrgDiff(title: title, before: before, after: after)
    }

    /// One side: a file path (a missing file is reported at the key) or an inline chart.
    private static func chart(_ value: YAMLNode, key: YAMLNode, reader: YAMLReader, baseDirectory: String) -> OrgChart? {
        if case .mapping(let mapping) = value {
            let fields = reader.fields(mapping, known: OrgDataLoader.orgChartKeys)
            if let kindNode = fields["kind"], let kind = reader.text(kindNode, what: "'kind'"), kind != OrgDocumentKind.orgChart.rawValue {
                reader.report(DataFormatError.kindMismatch(expected: OrgDocumentKind.orgChart.rawValue, found: kind), at: kindNode)
                return nil
            }
            return OrgDataLoader.orgChart(fields, node: value, reader: reader, baseDirectory: baseDirectory)
        }
        guard case .scalar(let scalar) = value, !value.isNull else {
            reader.report(
                DataFormatError.wrongType(
                    what: quoted(key.text ?? ""), expected: "a file path or an inline 'units:' mapping",
                    found: YAMLReader.describe(value)), at: value)
            return nil
        }
        let relative = scalar.text.trimmingWhitespace
        let path = FilePath.resolve(relative, against: baseDirectory)
        let document = OrgDataLoader.decodeFile(
            path, kind: .orgChart, referencedAt: reader.location(key),
            baseDirectory: baseDirectory, context: reader.context)
        if case .orgChart(let chart)? = document { return chart }
        return nil
    }
}
