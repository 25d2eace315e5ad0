import Diagnostics
import OrgModel

/// Collects what one `load` call finds: every diagnostic (so a user sees all problems in
/// one run) and every file read (so a watcher knows what to watch).
public final class LoadContext {
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var dependencies: [String] = []
    /// The charts a matrix without `org:` binds its `unit:`/`person:` columns to (a
    /// report's current and target charts, each with a name for messages); nil outside one.
    public var matrixCharts: [(name: String, chart: OrgChart)]?

    public init() {}

    public func report(_ problem: some OrgDataProblem, at location: SourceLocation?) {
        diagnostics.append(problem.diagnostic(at: location))
    }

    public func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The UTF-8 text of the data file at `path`, recorded as a dependency; nil, with the
    /// problem reported (`DataFileText`), when it is missing, unreadable or not UTF-8.
    /// `place` is where the file is named; `base` is the folder paths are relative to.
    public func readText(_ path: String, base: String, namedAt place: SourceLocation?) -> String? {
        switch DataFileText.read(path, base: base, place: place ?? SourceLocation(path: path, line: 1)) {
        case .success(let text):
            addDependency(path)
            return text
        case .failure(let diagnostic):
            append(diagnostic)
            return nil
        }
    }

    public func addDependency(_ path: String) {
        if !dependencies.contains(path) { dependencies.append(path) }
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// Diagnostics in file order (path, line, column), then in the order found, so output
    /// is stable whatever order the checks ran in.
    public var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let a = lhs.element.location
            let b = rhs.element.location
            let keyA = (a?.path ?? "", a?.line ?? 0, a?.column ?? 0)
            let keyB = (b?.path ?? "", b?.line ?? 0, b?.column ?? 0)
            if keyA != keyB { return keyA < keyB }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    public var warnings: [Diagnostic] { sortedDiagnostics.filter { $0.severity == .warning } }

    /// Throws every diagnostic (warnings too, for context) when any error was found.
    public func throwIfErrors() throws {
        if errorCount > 0 { throw DiagnosticError(sortedDiagnostics) }
    }
}
