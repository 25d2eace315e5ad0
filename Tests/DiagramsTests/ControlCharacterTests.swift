import OrgModel
import Testing

@testable import Diagrams

/// Control characters in data (a NUL, an escape sequence) never reach the SVG, which stays
/// well-formed XML; tab and line breaks, which XML allows, are kept.
@Suite struct ControlCharacterTests {
    @Test func controlCharactersAreLeftOutOfLabels() throws {
        let chart = Samples.chart("Board\u{0}", [("ceo", "Chief\u{0} Executive\u{1B}[31m", nil), ("cfo", "Finance\u{7}", "ceo")])
        let svg = DiagramRenderer.render(.orgChart(chart)).svg
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        let doc = try XMLCheck.parse(svg)
        let labels = try XMLCheck.nodes(doc, "//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
        #expect(labels.contains("Chief Executive[31m"))
        #expect(labels.contains("Finance"))
    }

    @Test func theEscaperKeepsWhitespaceXMLAllows() {
        #expect(Markup.escape("a\tb\nc\u{0}d\u{1F}e<f") == "a\tb\ncde&lt;f")
    }
}
