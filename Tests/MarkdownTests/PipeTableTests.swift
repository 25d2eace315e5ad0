import Testing

@testable import Markdown

@Suite struct PipeTableTests {
    static func render(_ text: String) throws -> String {
        var options = MarkdownOptions()
        options.headingIDs = false
        return try MarkdownRenderer.render(text, options: options).html
    }

    @Test func everyGFMTableExampleMatchesTheSpec() throws {
        let examples = try SpecExample.load("gfm-0.29-tables")
        #expect(examples.map(\.example) == Array(198...205))
        for example in examples {
            let html = try Self.render(example.markdown)
            #expect(html == example.html, "GFM example \(example.example)")
        }
    }

    /// Randomly assembled table-ish documents whose HTML came from cmark-gfm 0.29
    /// (PyPI `cmarkgfm` 2025.10.22, table extension only): edge cases of laziness,
    /// indentation, escaped pipes and blocks that end a table.
    @Test func matchesCmarkGFMOnGeneratedEdgeCases() throws {
        let cases = try SpecExample.load("cmark-gfm-table-cases")
        #expect(cases.count == 80)
        for example in cases {
            #expect(try Self.render(example.markdown) == example.html, "case \(example.example): \(example.markdown.debugDescription)")
        }
    }

    @Test func paragraphLinesBeforeTheHeaderStayAParagraph() throws {
        let html = try Self.render("Intro *text*\n| a | b |\n|---|:-:|\n| 1 | 2 |\n")
        #expect(
            html == """
                <p>Intro <em>text</em></p>
                <table>
                <thead>
                <tr>
                <th>a</th>
                <th align="center">b</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>1</td>
                <td align="center">2</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func inlineMarkdownLinksAndEscapesInCells() throws {
        let html = try Self.render("| [x](a.md) | `a\\|b` |\n| :-- | --: |\n| **b** | \\# not a heading |\n")
        #expect(html.contains("<th align=\"left\"><a href=\"a.md\">x</a></th>"))
        #expect(html.contains("<th align=\"right\"><code>a|b</code></th>"))
        #expect(html.contains("<td align=\"left\"><strong>b</strong></td>"))
        #expect(html.contains("<td align=\"right\"># not a heading</td>"))
    }

    @Test func cellsThatLookLikeBlocksStayInline() throws {
        let html = try Self.render("| h1 | h2 |\n|----|----|\n| # x | > y |\n| - z | [r]: /u |\n")
        #expect(html.contains("<td># x</td>"))
        #expect(html.contains("<td>&gt; y</td>"))
        #expect(html.contains("<td>- z</td>"))
        #expect(html.contains("<td>[r]: /u</td>"))
    }

    @Test func tablesInsideBlockQuotesAndListItems() throws {
        let quoted = try Self.render("> | a | b |\n> | - | - |\n> | 1 | 2 |\n")
        #expect(quoted.hasPrefix("<blockquote>\n<table>\n<thead>\n<tr>\n<th>a</th>"))
        #expect(quoted.contains("<td>2</td>"))
        let listed = try Self.render("- item\n\n  | a | b |\n  | --- | --- |\n  | 1 | 2 |\n")
        #expect(listed.contains("<li>\n<p>item</p>\n<table>"))
        #expect(listed.contains("<td>1</td>"))
    }

    @Test func aLazyLineAfterATableLeavesTheBlockQuote() throws {
        let html = try Self.render("> | a |\n> | - |\n> | 1 |\nafter | this\n> quoted\n")
        #expect(
            html.hasSuffix(
                "<td>1</td>\n</tr>\n</tbody>\n</table>\n</blockquote>\n<p>after | this</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n"))
        let document = MarkdownRenderer.parse("> | a |\n> | - |\nafter\n")
        #expect(document.outline.hasSuffix("  paragraph 3:1-3:5\n    text(\"after\") 3:1-3:5\n"))
    }

    @Test func aLineThatStartsABlockEndsTheTable() throws {
        let html = try Self.render("| a |\n| - |\n| 1 |\n    code\n")
        #expect(html.hasSuffix("</tbody>\n</table>\n<pre><code>code\n</code></pre>\n"))
    }

    @Test func aSetextUnderlineAfterATableIsARule() throws {
        let html = try Self.render("| a |\n| - |\n| 1 |\n---\n")
        #expect(html.hasSuffix("<td>1</td>\n</tr>\n</tbody>\n</table>\n<hr />\n"))
    }

    @Test func withoutAPipeOrWithMismatchedCountsItIsNoTable() throws {
        #expect(try Self.render("a\n-\n") == "<h2>a</h2>\n")
        #expect(try Self.render("| a | b |\n| - |\n") == "<p>| a | b |\n| - |</p>\n")
        #expect(try Self.render("a | b\n") == "<p>a | b</p>\n")
    }

    @Test func referenceDefinitionsBeforeATableAreNotText() throws {
        let document = MarkdownRenderer.parse("[a]: /u\n| x | y |\n| - | - |\n")
        #expect(document.children.count == 1)
        #expect(document.children[0].range?.start.line == 2)
        #expect(try Self.render("[a]: /u\n| x | y |\n| - | - |\n").hasPrefix("<table>\n<thead>\n<tr>\n<th>x</th>"))
    }

    @Test func anOrderedListNotStartingAtOneEndsTheTable() throws {
        let html = try Self.render("| x |\n| :-: |\nbar\n2. item\n")
        #expect(html.hasSuffix("<td align=\"center\">bar</td>\n</tr>\n</tbody>\n</table>\n<ol start=\"2\">\n<li>item</li>\n</ol>\n"))
    }

    @Test func referenceLinksResolveInCells() throws {
        let html = try Self.render("| [x][g] | [y] | [z] |\n| - | - | - |\n\n[g]: guide.md\n  [y]: /why \"Why\"\n")
        #expect(html.contains("<th><a href=\"guide.md\">x</a></th>\n<th><a href=\"/why\" title=\"Why\">y</a></th>\n<th>[z]</th>"))
    }

    @Test func tablesCanBeTurnedOff() throws {
        var options = MarkdownOptions()
        options.pipeTables = false
        #expect(try MarkdownRenderer.render("| a |\n| - |\n", options: options).html == "<p>| a |\n| - |</p>\n")
    }

    @Test func tableNodesCarryTheirLines() throws {
        var options = MarkdownOptions()
        options.lineOffset = 10
        let document = MarkdownRenderer.parse("Text\n\n| a | b |\n| - | - |\n| 1 | [x](y) |\n", options: options)
        let table = try #require(document.children.last)
        guard case .table(let alignments) = table.kind else {
            Issue.record("not a table: \(table.kind)")
            return
        }
        #expect(alignments == [.none, .none])
        #expect(table.range?.start == SourcePoint(line: 13, column: 1))
        #expect(table.range?.end.line == 15)
        let body = table.children[1]
        let cell = body.children[0].children[1]
        #expect(cell.range?.start == SourcePoint(line: 15, column: 7))
        let link = try #require(cell.children.first)
        #expect(link.range?.start == SourcePoint(line: 15, column: 7))
    }
}

/// The fast path for plain cells must give what cmark gives: one text node, the cell itself.
@Suite struct PlainCellTests {
    static let cells = [
        "Owner", "Head of service", "3", "42%", "3 days", "v2", "a:b", "é accents", "tab\there", "two  spaces",
        "quote \" mark", "it's", "(aside)", "x.y", "a) b", "€5", "50/50", "a|b", "? maybe", "@team", "$10", "{x}",
        "snake_case", "*star*", "[link]", "<b>", "&amp;", "!bang", "`code`", "back\\slash", "# h", "> q", "- item",
        "+ item", "1. one", "2) two", "= eq", "~~~", " lead", "10.5", "1)",
    ]

    @Test func plainCellsAreWhatCmarkMakesOfThem() throws {
        for cell in Self.cells where CellParser.isPlain(cell) {
            let document = CmarkBridge.parse(cell, allowsRawHTML: false, lineOffset: 0).document
            #expect(document.children.count == 1 && document.children[0].kind == .paragraph, "\(cell)")
            let inlines = try #require(document.children.first?.children)
            #expect(inlines.map(\.kind) == [.text(cell)], "\(cell)")
            #expect(
                inlines.first?.range
                    == SourceRange(
                        start: SourcePoint(line: 1, column: 1),
                        end: SourcePoint(line: 1, column: cell.utf8.count)), "\(cell)")
        }
    }

    @Test func cellsWithSyntaxAreNotPlain() {
        for cell in [
            "snake_case", "*star*", "[link]", "<b>", "&amp;", "!bang", "`code`", "back\\slash", "# h", "> q",
            "- item", "+ item", "1. one", "2) two", "= eq", "~~~", " lead", "10.5", "1)",
        ] {
            #expect(!CellParser.isPlain(cell), "\(cell)")
        }
        #expect(CellParser.isPlain("Head of service") && CellParser.isPlain("42%") && CellParser.isPlain("a) b"))
    }
}
