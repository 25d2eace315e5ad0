import Diagnostics
import Foundation
import OrgModel
import YAML

// How `OrgDataLoader.load` decodes: YAML documents (inline or from files), `src:`
// indirection and CSV files, all reporting into one `LoadContext`.
extension OrgDataLoader {
    /// Reads and decodes a data file named by `src:`, `before:`/`after:` or the command
    /// line. A file that cannot be read is reported at `referencedAt` (the key naming it).
    public static func decodeFile(
        _ path: String, kind: OrgDocumentKind?, referencedAt: SourceLocation?,
        baseDirectory: String, context: LoadContext
    ) -> OrgDocument? {
        let place = referencedAt ?? SourceLocation(path: path, line: 1)
        let fileExtension = FilePath.fileExtension(of: path)
        guard ["csv", "yaml", "yml"].contains(fileExtension) else {
            context.report(DataFormatError.unsupportedFileType(path: path), at: place)
            return nil
        }
        guard let text = context.readText(path, base: baseDirectory, namedAt: place) else { return nil }
        let map = SourceMap(file: path)
        guard fileExtension == "csv" else {
            return decodeYAML(
                text, kind: kind, map: map, baseDirectory: FilePath.directory(of: path),
                context: context, allowSrc: false)
        }
        if let kind, kind != .orgChart {
            context.report(DataFormatError.csvForKind(kind.rawValue), at: place)
            return nil
        }
        if isPeopleCSV(text) { return peopleCSV(text, map: map, context: context) }
        guard let records = OrgChartCSVReader.records(text, map: map, context: context) else { return nil }
        return OrgChartBuilder.build(title: nil, records: records, chartLocation: map.origin, context: context).map(OrgDocument.orgChart)
    }

    /// Whether the header names `manager` and no `parent`: a list of people, not of units.
    private static func isPeopleCSV(_ text: String) -> Bool {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }.lowercased()
        let delimiter = Character(CSVTable.sniffDelimiter(text))
        let names = firstLine.split(separator: delimiter)
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{FEFF}")) }
        return names.contains("manager") && !names.contains("parent")
    }

    /// A CSV of people (`id`, `name`, `manager` and optionally `title`, `unit`, `dotted`
    /// and measures) read as a people chart; other columns are attributes.
    private static func peopleCSV(_ text: String, map: SourceMap, context: LoadContext) -> OrgDocument? {
        guard let table = DataTable(csv: text, map: map, context: context) else { return .none }
        let mapping = ColumnMapping.byFieldNames(table, measures: MeasureDefinition.builtInKeys, at: table.origin)
        guard let result = ExportReader.read(table, mapping: mapping, measures: MeasureDefinition.builtIn, context: context),
            let chart = OrgChartBuilder.build(
                title: nil, records: result.records, chartLocation: map.origin,
                subject: .people, context: context)
        else { return .none }
        return .orgChart(chart)
    }

    /// Decodes YAML text as a document of `kind` (or of its `kind:` key when nil).
    static func decodeYAML(
        _ text: String, kind requested: OrgDocumentKind?, map: SourceMap, baseDirectory: String,
        context: LoadContext, allowSrc: Bool
    ) -> OrgDocument? {
        guard let root = YAMLReader.compose(text, map: map, context: context) else { return nil }
        let reader = YAMLReader(map: map, context: context)
        guard let mapping = reader.mapping(root, what: "the document") else { return nil }

        if let srcKey = mapping.keys.first(where: { $0.text == "src" }) {
            return followSrc(mapping, key: srcKey, kind: requested, reader: reader, baseDirectory: baseDirectory, allowSrc: allowSrc)
        }
        guard let kind = documentKind(mapping, requested: requested, at: root, reader: reader) else { return nil }
        let fields = reader.fields(mapping, known: knownKeys(for: kind))
        switch kind {
        case .orgChart:
            return orgChart(fields, node: root, reader: reader, baseDirectory: baseDirectory).map(OrgDocument.orgChart)
        case .orgDiff:
            return OrgDiffYAMLReader.read(
                fields, node: root, title: title(fields, reader: reader), reader: reader,
                baseDirectory: baseDirectory
            ).map(OrgDocument.orgDiff)
        case .decisionTree:
            return DecisionTreeYAMLReader.read(fields, node: root, title: title(fields, reader: reader), reader: reader)
                .map(OrgDocument.decisionTree)
        case .ownershipMatrix:
            return OwnershipMatrixYAMLReader.read(
                fields, node: root, title: title(fields, reader: reader), reader: reader,
                baseDirectory: baseDirectory
            )
            .map(OrgDocument.ownershipMatrix)
        }
    }

    /// The keys of an org chart document (a file, a block, or one side of an org diff).
    public static let orgChartKeys = OrgChartDocumentReader.keys

    /// An org chart from its mapping (see `OrgChartDocumentReader`).
    public static func orgChart(_ fields: YAMLFields, node: YAMLNode, reader: YAMLReader, baseDirectory: String) -> OrgChart? {
        var chart = OrgChartDocumentReader.read(
            fields, node: node, title: title(fields, reader: reader), reader: reader,
            baseDirectory: baseDirectory)
        chart?.aspect = aspect(fields, reader: reader)
        if let node = fields["split"], let text = reader.text(node, what: "'split'") {
            if let split = ChartSplit(text: text) {
                chart?.split = split
            } else {
                reader.report(
                    DataFormatError.wrongType(
                        what: "'split'", expected: "auto, none or a number of layers",
                        found: quoted(text)), at: node)
            }
        }
        return chart
    }

    /// The optional `aspect:`, as `16:10` or a number (width over height, 1:3 to 3:1).
    private static func aspect(_ fields: YAMLFields, reader: YAMLReader) -> Double? {
        guard let node = fields["aspect"], let text = reader.text(node, what: "'aspect'") else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Double(String($0).trimmingWhitespace) }
        let value: Double? =
            switch parts.count {
            case 1: parts[0]
            case 2: parts[0].flatMap { w in parts[1].map { h in w / h } }
            default: nil
            }
        guard let value, value.isFinite, value >= 1.0 / 3, value <= 3 else {
            reader.report(
                DataFormatError.wrongType(
                    what: "'aspect'", expected: "a width:height ratio from 1:3 to 3:1, such as 16:10",
                    found: quoted(text)), at: node)
            return nil
        }
        return value

    }

    /// The optional `title:`; an empty one counts as none.
    private static func title(_ fields: YAMLFields, reader: YAMLReader) -> String? {
        guard let node = fields["title"], let title = reader.text(node, what: "'title'"), !title.isEmpty else { return nil }
        return title
    }

    static func knownKeys(for kind: OrgDocumentKind) -> [String] {
        switch kind {
        case .orgChart: orgChartKeys
        case .orgDiff: OrgDiffYAMLReader.documentKeys
        case .decisionTree: DecisionTreeYAMLReader.documentKeys
        case .ownershipMatrix: OwnershipMatrixYAMLReader.documentKeys
        }
    }

    /// The kind from the block (`requested`) and the `kind:` key, which must agree when
    /// both are given; a standalone file needs `kind:`.
    private static func documentKind(
        _ mapping: YAMLMapping, requested: OrgDocumentKind?, at root: YAMLNode,
        reader: YAMLReader
    ) -> OrgDocumentKind? {
        guard let kindNode = mapping["kind"] else {
            if requested == nil { reader.report(DataFormatError.missingKind, at: root) }
            return requested
        }
        guard let name = reader.text(kindNode, what: "'kind'") else { return nil }
        guard let kind = OrgDocumentKind(rawValue: name) else {
            reader.report(DataFormatError.unknownKind(name), at: kindNode)
            return nil
        }
        if let requested, requested != kind {
            reader.report(DataFormatError.kindMismatch(expected: requested.rawValue, found: name), at: kindNode)
            return nil
        }
        return kind
    }

    /// `src: file.yaml|file.csv`: the document lives in a file next to the page.
    private static func followSrc(
        _ mapping: YAMLMapping, key: YAMLNode, kind: OrgDocumentKind?, reader: YAMLReader,
        baseDirectory: String, allowSrc: Bool
    ) -> OrgDocument? {
        guard allowSrc else {
            reader.report(DataFormatError.nestedSrc, at: key)
            return nil
        }
        let others = mapping.keys.compactMap(\.text).filter { $0 != "src" }
        if !others.isEmpty {
            reader.report(DataFormatError.srcWithOtherKeys(others), at: key)
            return nil
        }
        guard let value = mapping["src"], let relative = reader.text(value, what: "'src'") else { return nil }
        guard !relative.isEmpty else {
            reader.report(DataFormatError.wrongType(what: "'src'", expected: "a file path", found: "empty"), at: value)
            return nil
        }
        return decodeFile(
            FilePath.resolve(relative, against: baseDirectory), kind: kind,
            referencedAt: reader.location(key), baseDirectory: baseDirectory, context: reader.context)
    }
}
