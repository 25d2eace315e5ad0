import Diagnostics
import Testing

/// A diagnostic prints as one line of plain text whatever its message quotes from content.
@Suite struct DiagnosticLineTests {
    @Test func controlCharactersFromContentAreShownEscaped() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(path: "org.csv", line: 3, column: 2),
            "unknown parent 'Sales\nEMEA\u{1B}[2J'", hint: "check\tthe id")
        #expect(diagnostic.description == "org.csv:3:2: error: unknown parent 'Sales\\nEMEA\\u{1B}[2J' — check\\tthe id")
        #expect(!diagnostic.description.contains("\n"))
    }

    @Test func plainMessagesAreUnchanged() {
        let diagnostic = Diagnostic.warning(at: nil, "unknown key 'logo' — é")
        #expect(diagnostic.description == "warning: unknown key 'logo' — é")
    }
}
