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
                mismatches.append("example \(example.example) (\(example.section)):\n\(example.markdown)--- ours:\n\(ours)--- cmark:\n\(reference)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches; first: \(mismatches.prefix(3).joined(separator: "\n"))")
    }

    /// The reference itself is the spec: in unsafe mode libcmark reproduces the spec's HTML
    /// for every example except those the spec's runner only matches after normalising.
    @Test func libcmarkAgreesWithTheSpecText() throws {
        let examples = try SpecExample.load("commonmark-0.30-spec")
        let exact = examples.filter { CmarkBridge.referenceHTML($0.markdown, allowsRawHTML: true) == $0.html }
        #expect(exact.count > 600)
    }
}
