import Testing

@testable import Markdown

/// Every CommonMark 0.30 example must come out of our formatter byte for byte as libcmark's
/// own `cmark_markdown_to_html` writes it, in safe and in unsafe mode.
@Suite struct ConformanceTests {
    static func options(rawHTML: Bool) -> MarkdownOptions {
        var options = MarkdownOptions()
        options.headingIDs = false
        options.allowsRawHTML = rawHTML
        return options
    }

    @Test(arguments: [false, true])
    func everySpecExampleMatchesLibcmark(rawHTML: Bool) throws {
        let examples = try SpecExample.load("commonmark-0.30-spec")
        #expect(examples.count == 652)
        var mismatches: [String] = []
        for example in examples {
            let ours = try MarkdownRenderer.render(example.markdown, options: Self.options(rawHTML: rawHTML)).html
            let reference = CmarkBridge.referenceHTML(example.markdown, allowsRawHTML: rawHTML)
            if ours != reference {
                mismatches.append(
                    "example \(example.example) (\(example.section)):\n\(example.markdown)--- ours:\n\(ours)--- cmark:\n\(reference)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches; first: \(mismatches.prefix(3).joined(separator: "\n"))")
    }

    /// In unsafe mode (the spec shows raw HTML) our output is the spec's own HTML, byte
    /// for byte, for all 652 examples.
    @Test func everySpecExampleMatchesTheSpecText() throws {
        let examples = try SpecExample.load("commonmark-0.30-spec")
        let failing = try examples.filter {
            try MarkdownRenderer.render($0.markdown, options: Self.options(rawHTML: true)).html != $0.html
        }
        #expect(failing.map(\.example) == [])
    }
}
