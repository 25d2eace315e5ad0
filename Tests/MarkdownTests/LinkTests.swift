import Diagnostics
import Testing

@testable import Markdown

@Suite struct LinkTests {
    /// What the Site target does: `.md` links become page URLs, fragments kept.
    static let rewriter: @Sendable (String) -> String? = { destination in
        guard !destination.contains(":") else { return nil }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, path.hasSuffix(".md") else { return nil }
        let page = "../" + path.dropLast(3) + "/"
        return parts.count > 1 ? page + "#" + parts[1] : String(page)
    }

    static func options() -> MarkdownOptions {
        var options = MarkdownOptions()
        options.sourcePath = "Content/index.md"
        options.lineOffset = 3
        options.linkRewriter = rewriter
        return options
    }

    @Test func linksAndImagesAreRewrittenAndRecorded() throws {
        let text =
            "See [setup](guide.md#setup), [top](#top) and <https://example.com>.\n\n![chart](org.png \"Org\")\n\n[ref]: other.md\n\nAnd [ref].\n"
        let out = try MarkdownRenderer.render(text, options: Self.options())
        #expect(
            out.html == """
                <p>See <a href="../guide/#setup">setup</a>, <a href="#top">top</a> and <a href="https://example.com">https://example.com</a>.</p>
                <p><img src="org.png" alt="chart" title="Org" /></p>
                <p>And <a href="../other/">ref</a>.</p>

                """)
        #expect(
            out.links == [
                LinkReference(
                    destination: "guide.md#setup", rewritten: "../guide/#setup", isImage: false,
                    location: SourceLocation(path: "Content/index.md", line: 4, column: 5)),
                LinkReference(
                    destination: "#top", rewritten: nil, isImage: false,
                    location: SourceLocation(path: "Content/index.md", line: 4, column: 30)),
                LinkReference(
                    destination: "https://example.com", rewritten: nil, isImage: false,
                    location: SourceLocation(path: "Content/index.md", line: 4, column: 46)),
                LinkReference(
                    destination: "org.png", rewritten: nil, isImage: true,
                    location: SourceLocation(path: "Content/index.md", line: 6, column: 1)),
                LinkReference(
                    destination: "other.md", rewritten: "../other/", isImage: false,
                    location: SourceLocation(path: "Content/index.md", line: 10, column: 5)),
            ])
    }

    @Test func rewrittenLinksAreStillEscapedAndFiltered() throws {
        var options = MarkdownOptions()
        options.linkRewriter = { $0 == "a.md" ? "javascript:alert(1)" : ($0 == "b.md" ? "x y&'z" : nil) }
        let out = try MarkdownRenderer.render("[a](a.md) [b](b.md)", options: options)
        #expect(out.html == "<p><a href=\"\">a</a> <a href=\"x%20y&amp;&#x27;z\">b</a></p>\n")
    }

    @Test func linksInTableCellsAreRewritten() throws {
        let out = try MarkdownRenderer.render("| Page |\n| --- |\n| [g](guide.md#x) |\n", options: Self.options())
        #expect(out.html.contains("<td><a href=\"../guide/#x\">g</a></td>"))
        #expect(out.links.map(\.location.line) == [6])
    }
}

@Suite struct RawHTMLTests {
    static let text =
        "<div class=\"x\">\n*hi*\n</div>\n\nText <span>in</span> line, [x](javascript:alert(1)), ![i](data:image/png;base64,AA), [d](data:text/html,x), [v](VBScript:x), [f](file:///etc).\n"

    @Test func omittedByDefault() throws {
        let out = try MarkdownRenderer.render(Self.text)
        #expect(
            out.html == """
                <!-- raw HTML omitted -->
                <p>Text <!-- raw HTML omitted -->in<!-- raw HTML omitted --> line, <a href="">x</a>, <img src="data:image/png;base64,AA" alt="i" />, <a href="">d</a>, <a href="">v</a>, <a href="">f</a>.</p>

                """)
    }

    @Test func passedThroughWhenAllowed() throws {
        var options = MarkdownOptions()
        options.allowsRawHTML = true
        let out = try MarkdownRenderer.render(Self.text, options: options)
        #expect(out.html.hasPrefix("<div class=\"x\">\n*hi*\n</div>\n<p>Text <span>in</span> line, <a href=\"javascript:alert(1)\">x</a>"))
        #expect(out.html == CmarkBridge.referenceHTML(Self.text, allowsRawHTML: true))
    }
}
