import Foundation
import Markdown
import Search
import Testing

@testable import Site

/// The search text recorded while a page's Markdown is formatted is the text a scan of
/// the page's HTML reads (`SearchTextExtractor`), so `search-index.js` does not depend on
/// which of the two read a page.
@Suite struct SearchTextRecordingTests {
    /// The recorded text of `markdown`, whether it was recorded whole, and the scanned text.
    private func both(_ markdown: String, rawHTML: Bool = false) throws -> (
        recorded: SearchTextExtractor.Extracted, whole: Bool, scanned: SearchTextExtractor.Extracted
    ) {
        let recorder = SearchTextRecorder()
        var options = MarkdownOptions()
        options.allowsRawHTML = rawHTML
        options.textObserver = recorder
        let html = try MarkdownRenderer.render(markdown, options: options).html
        let whole = recorder.recordedWhole
        return (recorder.extracted(pageHTML: html), whole, SearchTextExtractor.extract(html: html))
    }

    static let pages = [
        "# Title\n\nIntro *with* **inline** `code` and a [link](x.md \"t\").\n\n## Setup\n\nText & <more> \"quoted\".\n",
        "Para one\nsoft break  \nhard break\n\n- tight\n- list\n\n1. loose\n\n2. list\n\n> quote\n\n---\n",
        "## A\n\n![alt words](img.png \"title\")after\n\n```swift\nlet x = 1 < 2\n\n  spaced\n```\n\n### B\n\ntext\n",
        "| a | b |\n|---|:-:|\n| 1 | **2** |\n\n#### Deep *heading*\n\nend&amp;more &copy; &#39;\n",
        "Setext\n======\n\nSub\n---\n\n##### \n\n###### Last\n",
    ]

    @Test(arguments: pages)
    func markdownIsRecordedAsScanned(markdown: String) throws {
        for rawHTML in [false, true] {
            let (recorded, whole, scanned) = try both(markdown, rawHTML: rawHTML)
            #expect(whole)
            #expect(recorded == scanned)
        }
    }

    /// Raw HTML, with whether the page is recorded whole. HTML that leaves a tag, comment
    /// or skipped element open reads on into what the Markdown writes after it: such a
    /// page is scanned as a whole instead, with the same result.
    static let rawHTMLPages: [(markdown: String, recordedWhole: Bool)] = [
        ("<div class=\"note\">\n<p>Raw <b>bold</b> text</p>\n</div>\n\nAfter.\n", true),
        ("Inline <span title=\"a > b\">span</span> and <kbd>Ctrl</kbd>.\n\n<!-- a comment -->\n\nText.\n", true),
        ("<nav>\n<a href=\"/\">skipped</a>\n</nav>\n\n## Kept\n\nWords.\n", true),
        ("<h2 id=\"raw\">Raw heading</h2>\n\nUnder it.\n\n<div><svg><text>drawn</text></svg></div>\n", true),
        ("<nav>\n\nparagraph inside the nav\n\n</nav>\n\nAfter.\n", false),
        ("<div title=\"unclosed\n\nStill *in* the attribute\"> ok</div>\n\nAfter.\n", false),
        ("Intro.\n\n<!-- never closed\n\n# Not a heading\n", false),
        // Not a block (text follows the tags on the line): `<svg>` is an inline piece of its own.
        ("<svg><text>drawn</text></svg>\n", false),
    ]

    @Test(arguments: rawHTMLPages)
    func rawHTMLIsRecordedAsScanned(page: (markdown: String, recordedWhole: Bool)) throws {
        let (recorded, whole, scanned) = try both(page.markdown, rawHTML: true)
        #expect(whole == page.recordedWhole)
        #expect(recorded == scanned)
    }

    /// Every page of the bundled playbook, diagrams included.
    @Test func theBundledPlaybookIsRecordedAsScanned() throws {
        let site = TestSupport.packageRoot
        var configuration = TestSupport.configuration(site, output: ".build/search-text-test")
        configuration.outputDirectory = try TestSupport.temporaryFolder()
        let builder = SiteBuilder(configuration: configuration)
        _ = try builder.build()
        let state = try #require(builder.state)
        var recorded = 0
        for (path, rendered) in state.renders {
            guard let text = rendered.searchText else { continue }
            recorded += 1
            #expect(text == SearchTextExtractor.extract(html: rendered.markdown.html), "\(path)")
        }
        // The playbook's Markdown pages; report pages are read from their HTML.
        #expect(recorded >= 20)
    }
}
