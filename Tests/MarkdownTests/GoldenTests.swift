import Foundation
import Testing

@testable import Markdown

/// One document using every feature, run through the tree outline and the HTML formatter
/// and compared with files checked in beside it. Set `UPDATE_GOLDEN=1` to rewrite them
/// after a deliberate change, then read the diff.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    static func options() -> MarkdownOptions {
        var options = MarkdownOptions()
        options.sourcePath = "Content/everything.md"
        options.lineOffset = 3
        options.fenceRenderers = ["orgchart": EchoFenceRenderer()]
        options.linkRewriter = LinkTests.rewriter
        return options
    }

    static func compare(_ actual: String, to name: String) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from the golden file")
    }

    @Test func everythingDocument() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("everything.md"), encoding: .utf8)
        let out = try MarkdownRenderer.render(text, options: Self.options())
        try Self.compare(out.html, to: "everything.html")
        try Self.compare(MarkdownRenderer.parse(text, options: Self.options()).outline, to: "everything.tree")
        #expect(out.headings.map(\.id) == ["organising-for-cx", "who-owns-what", "who-owns-what-1"])
        #expect(out.fenceKinds == ["orgchart"])
        #expect(out.links.map(\.destination) == ["archetypes.md#b2b", "https://example.com/cx", "chart.png", "guide.md"])
        #expect(out.links[1].location.column == 5, "autolink located at its `<`")
    }

    /// With Orgbook's additions off, the same document is libcmark's HTML exactly.
    @Test func everythingDocumentWithoutAdditionsIsLibcmark() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("everything.md"), encoding: .utf8)
        var options = MarkdownOptions()
        options.headingIDs = false
        options.pipeTables = false
        for rawHTML in [false, true] {
            options.allowsRawHTML = rawHTML
            #expect(try MarkdownRenderer.render(text, options: options).html == CmarkBridge.referenceHTML(text, allowsRawHTML: rawHTML))
        }
    }
}
