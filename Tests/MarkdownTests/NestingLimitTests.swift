import Diagnostics
import Testing

@testable import Markdown

/// Input nested thousands of levels deep is refused with a located error instead of
/// exhausting the stack of the thread that renders it.
@Suite struct NestingLimitTests {
    static func renderError(_ text: String) -> Diagnostic? {
        var options = MarkdownOptions()
        options.sourcePath = "deep.md"
        do {
            _ = try MarkdownRenderer.render(text, options: options)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    @Test(arguments: [
        ("lists", String(repeating: "- ", count: 5_000) + "x\n"),
        ("block quotes", String(repeating: ">", count: 10_000) + " x\n"),
        ("nested list lines", (0..<3_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")),
        ("emphasis", String(repeating: "*a ", count: 3_000) + "x" + String(repeating: " a*", count: 3_000)),
    ])
    func deepInputIsANamedError(kind: String, text: String) throws {
        // A table right after the deep part would make the pipe-table pass walk into it.
        let error = try #require(Self.renderError(text + "\n\n| a |\n|---|\n| b |\n"), "\(kind)")
        #expect(error.severity == .error)
        #expect(error.location?.path == "deep.md")
        #expect(error.message.contains("nested more than 200 levels deep"))
    }

    @Test func nestingUpToTheLimitRendersAsBefore() throws {
        let text = String(repeating: ">", count: 150) + " deep\n"
        let html = try MarkdownRenderer.render(text).html
        #expect(html == CmarkBridge.referenceHTML(text, allowsRawHTML: false))
    }
}
