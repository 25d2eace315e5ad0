import Diagnostics
import Foundation
import OrgData
import OrgModel
import YAML

/// Loads and validates report bundles (`reports/<client>/report.yaml`).
public enum ReportLoader {
    /// The file that makes a folder a report bundle.
    public static let fileName = "report.yaml"

    /// Loads the bundle in `directory` (its `report.yaml`).
    public static func load(bundle directory: String) throws -> LoadedReport {
        let trimmed = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        return try load(file: trimmed.isEmpty ? fileName : trimmed + "/" + fileName)
    }

    /// Loads `report.yaml` at `path` and every file it names. Throws `DiagnosticError` with
    /// every problem found (warnings included) when any is an error.
    public static func load(file path: String) throws -> LoadedReport {
        let context = LoadContext()
        guard let text = context.readText(path, base: FilePath.directory(of: path), namedAt: nil) else {
            throw DiagnosticError(context.diagnostics)
        }
        let report = ReportYAMLReader.read(text, path: path, context: context)
        try context.throwIfErrors()
        guard let report else {
            throw DiagnosticError(.error(at: SourceLocation(path: path, line: 1), "the report could not be read"))
        }
        return LoadedReport(report: report, warnings: context.warnings, dependencies: context.dependencies)
    }
}
