import ArgumentParser
import Diagnostics
import Foundation
import OrgData
import OrgModel

/// `orgbook render export.xlsx -o chart.svg --preset workday`: an HR export drawn with no
/// YAML file. The flags are written as the YAML the user would have written and read by
/// the same loader, so the command line and a chart file can never disagree; problems
/// found in that YAML name the flag they came from.
struct ExportSourceOptions: ParsableArguments {
    @Option(help: "For a .csv or .xlsx HR export: the system that wrote it (workday, bamboohr, successfactors or adp).")
    var preset: String?

    @Option(
        name: .customLong("column"),
        help: ArgumentHelp(
            "For an HR export: the column of a field, as FIELD=COLUMN (repeat it; a field given twice takes both columns, joined).",
            valueName: "field=column"))
    var columns: [String] = []

    @Option(help: "For an .xlsx export: the sheet to read (default: the first).")
    var sheet: String?

    @Option(name: .customLong("group-by"), help: "For an HR export: one box per value of this column (unit, or any column).")
    var groupBy: String?

    /// Whether any flag asks for the export reader.
    var isGiven: Bool { preset != nil || !columns.isEmpty || sheet != nil || groupBy != nil }

    /// The chart YAML these flags stand for, and which flag each of its lines came from.
    func chartYAML(source path: String) throws -> (text: String, flags: [Int: String]) {
        var lines = ["kind: orgchart", "source: \(Self.quoted(path))"]
        var flags: [Int: String] = [:]
        func add(_ line: String, flag: String) {
            lines.append(line)
            flags[lines.count] = flag
        }
        if let preset { add("preset: \(Self.quoted(preset))", flag: "--preset") }
        if let sheet { add("sheet: \(Self.quoted(sheet))", flag: "--sheet") }
        if let groupBy { add("group-by: \(Self.quoted(groupBy))", flag: "--group-by") }
        var mapped: [(field: String, columns: [String])] = []
        for pair in columns {
            guard let equals = pair.firstIndex(of: "=") else {
                throw ValidationError("--column \(pair): write it as FIELD=COLUMN, such as --column \"id=Employee ID\"")
            }
            let field = pair[..<equals].trimmingCharacters(in: .whitespaces)
            let column = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if let index = mapped.firstIndex(where: { $0.field == field }) {
                mapped[index].columns.append(column)
            } else {
                mapped.append((field, [column]))
            }
        }
        if !mapped.isEmpty {
            flags[lines.count + 1] = "--column"
            lines.append("columns:")
            for (field, columns) in mapped {
                add("  \(Self.quoted(field)): [\(columns.map(Self.quoted).joined(separator: ", "))]", flag: "--column")
            }
        }
        return (lines.joined(separator: "\n") + "\n", flags)
    }

    /// A YAML double-quoted scalar (JSON's escapes are YAML's).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension RenderCommand {
    /// The place the flags' YAML is read from, so its diagnostics can be told apart.
    static let commandLinePath = "<command line>"

    /// Loads `file`, an HR export, through the chart YAML `exportSource` stands for.
    func loadExport() throws -> LoadedDocument {
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        let (yaml, flags) = try exportSource.chartYAML(source: path)
        do {
            var loaded = try OrgDataLoader.load(
                yaml, kind: .orgChart, location: SourceLocation(path: Self.commandLinePath, line: 1),
                baseDirectory: FileManager.default.currentDirectoryPath)
            loaded.warnings = loaded.warnings.map { Self.onCommandLine($0, flags: flags) }
            return loaded
        } catch let error as DiagnosticError {
            throw DiagnosticError(error.diagnostics.map { Self.onCommandLine($0, flags: flags) })
        }
    }

    /// A diagnostic of the flags' YAML told about the flag it came from, with hints that
    /// name flags instead of YAML keys.
    static func onCommandLine(_ diagnostic: Diagnostic, flags: [Int: String]) -> Diagnostic {
        var copy = diagnostic
        if diagnostic.message == SourceError.noIDOrManager.message {
            copy.message = "the export has no 'id' and 'manager' (or 'parent') columns, and no flag says which columns hold them"
            copy.hint =
                "give --preset workday|bamboohr|successfactors|adp, or --column id=COLUMN --column manager=COLUMN"
        }
        copy.hint = copy.hint?.replacingOccurrences(of: "under 'columns:'", with: "with --column FIELD=COLUMN")
            .replacingOccurrences(of: "a field under 'columns:'", with: "a field with --column FIELD=COLUMN")
            .replacingOccurrences(of: "map 'id' and 'manager'", with: "give --column id=… and --column manager=…")
        guard let location = diagnostic.location, location.path == commandLinePath else { return copy }
        copy.location = nil
        copy.message = "\(flags[location.line] ?? "the command line"): \(copy.message)"
        return copy
    }
}

extension RenderCommand {
    /// The data files `render` draws.
    static let dataExtensions: Set<String> = ["yaml", "yml", "csv", "xlsx"]

    /// The data file as a document: an HR export (`.xlsx`, or `.csv` with export flags)
    /// through the export flags, anything else as it is.
    func loadDocument() throws -> LoadedDocument {
        let fileExtension = URL(fileURLWithPath: file).pathExtension.lowercased()
        if fileExtension == "xlsx" || (fileExtension == "csv" && exportSource.isGiven) { return try loadExport() }
        if exportSource.isGiven {
            throw ValidationError(
                "--preset, --column, --sheet and --group-by read a .csv or .xlsx HR export; \(file) is not one (write those keys in it instead)"
            )
        }
        do {
            return try OrgDataLoader.load(file: file)
        } catch let error as DiagnosticError where fileExtension == "csv" && error.diagnostics.contains(where: Self.isMissingUnitColumn) {
            // A people export read as a unit list: say which flags read it as it is.
            throw DiagnosticError(
                error.diagnostics + [
                    .error(
                        at: nil, "\(file) has no id,name,parent header; if it is an HR export, no flag says which columns hold what",
                        hint: "give --preset workday|bamboohr|successfactors|adp, or --column id=COLUMN --column manager=COLUMN")
                ])
        }
    }

    private static func isMissingUnitColumn(_ diagnostic: Diagnostic) -> Bool {
        ["id", "name", "parent"].contains { diagnostic.message == CSVError.missingColumn($0).message }
    }
}
