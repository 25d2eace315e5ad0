import Diagnostics

/// A named way data can be wrong. Each problem carries its own message and fix hint, so
/// the same mistake always reads the same way wherever it is found.
public protocol OrgDataProblem: Sendable {
    /// What is wrong, one sentence, no trailing period.
    var message: String { get }
    /// How to fix it.
    var hint: String? { get }
    /// Errors stop the build; warnings are reported and the document is still used.
    var severity: Diagnostic.Severity { get }
}

extension OrgDataProblem {
    public var severity: Diagnostic.Severity { .error }

    /// The problem as a compiler-style diagnostic at `location`.
    public func diagnostic(at location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity, at: location, message, hint: hint)
    }
}

/// Quotes a name from data for a message: `'cco'`.
public func quoted(_ name: String) -> String { "'\(name)'" }

/// Quotes a list of names: `'a', 'b', 'c'`, eliding after `limit` so messages stay short.
public func quotedList(_ names: [String], limit: Int = 8) -> String {
    let shown = names.prefix(limit).map(quoted).joined(separator: ", ")
    return names.count > limit ? "\(shown) and \(names.count - limit) more" : shown
}
