import Diagnostics
import Foundation
import OrgModel
import YAML

/// Reads `source: export.csv|export.xlsx` with `preset:`, `columns:` and `sheet:` into
/// records, ready for the tree check.
enum SourceReader {
    static let keys = ["source", "preset", "columns", "sheet", "group-by"]

    public static func read(
        _ fields: YAMLFields, reader: YAMLReader, measures: [MeasureDefinition],
        baseDirectory: String
    ) -> ExportReader.Result? {
        let context = reader.context
        guard let sourceNode = fields["source"], let relative = reader.text(sourceNode, what: "'source'") else { return nil }
        guard !relative.isEmpty else {
            reader.report(DataFormatError.wrongType(what: "'source'", expected: "a file path", found: "empty"), at: sourceNode)
            return nil
        }
        let path = FilePath.resolve(relative, against: baseDirectory)
        let sheet = fields["sheet"].flatMap { reader.text($0, what: "'sheet'") }.flatMap { $0.isEmpty ? nil : $0 }
        guard
            let table = table(
                path, sheet: sheet, at: reader.location(sourceNode), baseDirectory: baseDirectory,
                context: context)
        else { return nil }

        var mapping = ColumnMapping()
        var mapped = false
        if let presetNode = fields["preset"], let name = reader.text(presetNode, what: "'preset'") {
            guard let preset = ExportPreset(rawValue: name.lowercased()) else {
                reader.report(SourceError.unknownPreset(name), at: presetNode)
                return nil
            }
            mapping = ColumnMapping(preset: preset, at: reader.location(presetNode))
            mapped = true
        }
        if let columnsNode = fields["columns"], let columns = reader.mapping(columnsNode, what: "'columns'") {
            let known = ColumnMapping.textFields + measures.map(\.key)
            for entry in reader.fields(columns, known: nil).entries {
                guard known.contains(entry.key) else {
                    reader.report(SourceError.unknownField(entry.key, known: known), at: entry.keyNode)
                    continue
                }
                let names = reader.textList(entry.value, what: quoted(entry.key)).map(\.text)
                mapping.set(entry.key, columns: names, required: true, at: reader.location(entry.value))
            }
            mapped = true
        }
        if !mapped {
            mapping = ColumnMapping.byFieldNames(table, measures: measures.map(\.key), at: reader.location(sourceNode))
        }
        return ExportReader.read(table, mapping: mapping, measures: measures, context: context)
    }

    /// The table of a CSV file or a workbook's sheet; an unreadable file is reported at
    /// `source:`.
    static func table(
        _ path: String, sheet: String?, at place: SourceLocation, baseDirectory: String,
        context: LoadContext
    ) -> DataTable? {
        switch FilePath.fileExtension(of: path) {
        case "csv":
            guard let text = context.readText(path, base: baseDirectory, namedAt: place) else { return nil }
            return DataTable(csv: text, map: SourceMap(file: path), context: context)
        case "xlsx":
            guard FileManager.default.fileExists(atPath: path) else {
                context.report(DataFormatError.unreadableFile(path: path, base: baseDirectory), at: place)
                return nil
            }
            context.addDependency(path)
            return XLSXReader.table(path, sheet: sheet, at: place, context: context)
        default:
            context.report(SourceError.unsupportedSource(path: path), at: place)
            return nil
        }
    }
}
