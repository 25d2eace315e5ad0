import Diagnostics
import OrgModel

public enum OrgDataLoader {
    /// Decodes `text` (YAML, or a `src: file` indirection to a YAML or CSV file resolved
    /// against `baseDirectory`) as a document of `kind`. When `kind` is nil the YAML's
    /// `kind:` key decides. `location` is where `text` starts, so every diagnostic points
    /// at the right line of the Markdown file or data file.
    /// Throws `DiagnosticError` with every error found.
    public static func load(
        _ text: String, kind: OrgDocumentKind?, location: SourceLocation,
        baseDirectory: String
    ) throws -> LoadedDocument {
        let context = LoadContext()
        let document = decodeYAML(
            text, kind: kind, map: SourceMap(origin: location), baseDirectory: baseDirectory,
            context: context, allowSrc: true)
        return try finish(document, context: context, at: location)
    }

    /// Loads a standalone data file: `.yaml`/`.yml` (kind from its `kind:` key) or `.csv`
    /// (an org chart).
    public static func load(file path: String) throws -> LoadedDocument {
        let context = LoadContext()
        let document = decodeFile(
            path, kind: nil, referencedAt: nil, baseDirectory: FilePath.directory(of: path),
            context: context)
        return try finish(document, context: context, at: SourceLocation(path: path, line: 1))
    }

    /// Throws every diagnostic when any is an error; otherwise the document with its warnings.
    private static func finish(_ document: OrgDocument?, context: LoadContext, at location: SourceLocation) throws -> LoadedDocument {
        try context.throwIfErrors()
        guard let document else {
            // Every path that returns nil reports an error first; this guards against one that forgets.
            throw DiagnosticError(.error(at: location, "the data could not be read"))
        }
        return LoadedDocument(document: document, warnings: context.warnings, dependencies: context.dependencies)
    }
}
