/// One problem found in content, data or templates, printed like a compiler message:
/// `path:line:col: error: what — how to fix`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    /// Where the problem is; `nil` for problems that belong to no file (a missing folder).
    public var location: SourceLocation?
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// One line, `path:line:col: error: what — how to fix`. Control characters that came
    /// from content (a line break in a CSV field, an escape sequence that would drive the
    /// terminal) are shown as visible escapes, so the message stays one line of plain text.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let fix = hint.map { " — \($0)" } ?? ""
        return Self.printable("\(place)\(severity.rawValue): \(message)\(fix)")
    }

    /// `text` with every control character written as `\n`, `\t` or `\u{1B}`.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

/// Several diagnostics thrown at once, so a command can report every problem in one run.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// Any error as diagnostics, the one place where the two diagnostic types and foreign
    /// errors meet: a `DiagnosticError` as it is, a `Diagnostic` as a list of one, and any
    /// other error (a file system failure) as one error at `location`, its message prefixed
    /// by `context` ("cannot read the report") when given.
    public init(_ error: any Error, at location: SourceLocation?, context: String? = nil) {
        switch error {
        case let error as DiagnosticError: self = error
        case let diagnostic as Diagnostic: self.init(diagnostic)
        default: self.init(.error(at: location, context.map { "\($0): \(error)" } ?? "\(error)"))
        }
    }
}
