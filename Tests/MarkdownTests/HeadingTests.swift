import Diagnostics
import Testing

@testable import Markdown

@Suite struct HeadingTests {
    @Test func asciiSlugsMatchTheUnicodeRules() {
        let ascii = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\t"
        #expect(HeadingSlugger.slug(ascii) == "--0123456789abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz")
        // A non-ASCII letter sends the same text down the general path: same slug, plus it.
        #expect(HeadingSlugger.slug(ascii + "é") == HeadingSlugger.slug(ascii) + "é")
        #expect(HeadingSlugger.slug("?!") == "section")
    }

    @Test func slugsFollowGitHub() {
        #expect(HeadingSlugger.slug("Who owns CX?") == "who-owns-cx")
        #expect(HeadingSlugger.slug("B2B enterprises: key-account squads") == "b2b-enterprises-key-account-squads")
        #expect(HeadingSlugger.slug("snake_case & more") == "snake_case--more")
        #expect(HeadingSlugger.slug("Étape 2 — Déploiement") == "étape-2--déploiement")
        #expect(HeadingSlugger.slug("!!!") == "section")
    }

    @Test func idsAreUniqueOnAPage() throws {
        let out = try MarkdownRenderer.render("# Setup\n\n## Setup\n\n## Setup\n\n### Setup 1\n")
        #expect(out.headings.map(\.id) == ["setup", "setup-1", "setup-2", "setup-1-1"])
        #expect(out.anchors == ["setup", "setup-1", "setup-2", "setup-1-1"])
        #expect(
            out.html == """
                <h1 id="setup">Setup</h1>
                <h2 id="setup-1">Setup</h2>
                <h2 id="setup-2">Setup</h2>
                <h3 id="setup-1-1">Setup 1</h3>

                """)
    }

    @Test func headingTextIsPlainAndLocated() throws {
        var options = MarkdownOptions()
        options.sourcePath = "Content/guide.md"
        options.lineOffset = 4
        let out = try MarkdownRenderer.render("Intro\n\n## The *CX* `plan` [link](x.md)\n\nSetext\n---\n", options: options)
        #expect(out.headings.count == 2)
        #expect(
            out.headings[0]
                == Heading(
                    level: 2, text: "The CX plan link", id: "the-cx-plan-link",
                    location: Diagnostics.SourceLocation(path: "Content/guide.md", line: 7, column: 1)))
        #expect(out.headings[1].level == 2)
        #expect(out.headings[1].location.line == 9)
        #expect(out.html.contains("<h2 id=\"the-cx-plan-link\">The <em>CX</em> <code>plan</code> <a href=\"x.md\">link</a></h2>"))
    }

    @Test func idsOffGivesPlainHeadingsButStillListsThem() throws {
        var options = MarkdownOptions()
        options.headingIDs = false
        let out = try MarkdownRenderer.render("# One\n", options: options)
        #expect(out.html == "<h1>One</h1>\n")
        #expect(out.headings.map(\.id) == ["one"])
        #expect(out.anchors.isEmpty)
    }

    @Test func tableOfContentsNestsByLevel() throws {
        let out = try MarkdownRenderer.render("# Title\n## A\n### A.1\n### A.2\n## B\n#### B deep\n## C\n")
        let toc = TableOfContents(headings: out.headings, levels: 2...6)
        #expect(toc.entries.map(\.heading.text) == ["A", "B", "C"])
        #expect(toc.entries[0].children.map(\.heading.text) == ["A.1", "A.2"])
        #expect(toc.entries[1].children.map(\.heading.text) == ["B deep"])
        #expect(toc.entries[2].children.isEmpty)
        #expect(TableOfContents(headings: out.headings).entries.count == 1)
        #expect(TableOfContents(headings: []).isEmpty)
    }

    @Test func tableOfContentsHTMLLinksToAnchors() throws {
        let out = try MarkdownRenderer.render("## A & B\n### 1 < 2\n")
        #expect(
            TableOfContents(headings: out.headings).html == """
                <ul>
                <li><a href="#a--b">A &amp; B</a>
                <ul>
                <li><a href="#1--2">1 &lt; 2</a></li>
                </ul>
                </li>
                </ul>

                """)
    }
}
