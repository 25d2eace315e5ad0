import Diagnostics
import Testing

@testable import Markdown

@Suite struct DocumentTests {
    @Test func emptyDocument() throws {
        let out = try MarkdownRenderer.render("")
        #expect(out.html == "")
        #expect(out.headings.isEmpty && out.links.isEmpty && out.anchors.isEmpty && out.fenceKinds.isEmpty)
        #expect(MarkdownRenderer.parse("").outline == "document 1:1-0:0\n")
        #expect(try MarkdownRenderer.render("\n\n  \n").html == "")
    }

    @Test func positionsAreTheFilesLinesAndColumns() throws {
        var options = MarkdownOptions()
        options.lineOffset = 2
        let document = MarkdownRenderer.parse("# Title\n\n- one *two*\n- three\n", options: options)
        #expect(
            document.outline == """
                document 3:1-6:7
                  heading(1) 3:1-3:7
                    text("Title") 3:3-3:7
                  list(bullet, tight) 5:1-6:7
                    listItem 5:1-5:11
                      paragraph 5:3-5:11
                        text("one ") 5:3-5:6
                        emphasis 5:7-5:11
                          text("two") 5:8-5:10
                    listItem 6:1-6:7
                      paragraph 6:3-6:7
                        text("three") 6:3-6:7

                """)
    }

    @Test func crlfAndNulBytes() throws {
        let text = "a\r\nb\r\n\r\n| x |\r\n| - |\r\n\u{0}\r\n"
        let out = try MarkdownRenderer.render(text)
        #expect(
            out.html
                == "<p>a\nb</p>\n<table>\n<thead>\n<tr>\n<th>x</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>\u{FFFD}</td>\n</tr>\n</tbody>\n</table>\n"
        )
    }

    @Test func walkerVisitsInDocumentOrder() throws {
        struct Counter: MarkdownWalker {
            var entered: [String] = []
            var exited = 0
            mutating func enter(_ node: MarkdownNode) -> Bool {
                entered.append(TreeDumper.describe(node.kind))
                // Skip what is inside block quotes.
                return node.kind != .blockQuote
            }
            mutating func exit(_ node: MarkdownNode) { exited += 1 }
        }
        var counter = Counter()
        try counter.walk(MarkdownRenderer.parse("a *b*\n\n> c\n"))
        #expect(counter.entered == ["document", "paragraph", "text(\"a \")", "emphasis", "text(\"b\")", "blockQuote"])
        #expect(counter.exited == 3)
    }

    @Test func rewriterReplacesAndRemovesNodes() throws {
        struct DropImagesShoutText: MarkdownRewriter {
            mutating func rewrite(_ node: MarkdownNode) -> MarkdownRewrite {
                switch node.kind {
                case .image: return .replaceWith([])
                case .text(let text): return .replace(MarkdownNode(.text(text.uppercased()), range: node.range))
                default: return .keep
                }
            }
        }
        var rewriter = DropImagesShoutText()
        let tree = try rewriter.rewriteTree(MarkdownRenderer.parse("hi ![x](y.png) *there*"))
        #expect(HTMLFormatter.format(tree) == "<p>HI  <em>THERE</em></p>\n")
    }

    /// Pages render in parallel (the site builds on every core) with the same result.
    @Test func rendersConcurrently() async throws {
        let pages = (0..<16).map { "# Page \($0)\n\n| a | b |\n| - | - |\n| [x](p\($0).md) | `\($0)` |\n" }
        let serial = try pages.map { try MarkdownRenderer.render($0).html }
        let parallel = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask { (index, try MarkdownRenderer.render(page).html) }
            }
            var results = [String](repeating: "", count: pages.count)
            for try await (index, html) in group { results[index] = html }
            return results
        }
        #expect(parallel == serial)
    }

    /// A huge page (10 MB of prose with headings, links and tables) renders in one piece.
    @Test func tenMegabyteDocumentRenders() throws {
        let line = "The CX centre of excellence measures journeys, builds capability and runs the programme.\n"
        let section =
            "## Section\n\nSee [the guide](guide.md#part) for *why*.\n"
            + String(repeating: line, count: 40) + "\n| a | b |\n| - | - |\n| 1 | 2 |\n\n"
        let repeats = 10_000_000 / section.utf8.count + 1
        let text = String(repeating: section, count: repeats)
        #expect(text.utf8.count >= 10_000_000)
        let out = try MarkdownRenderer.render(text)
        #expect(out.headings.count == repeats)
        #expect(out.headings.last?.id == "section-\(repeats - 1)")
        #expect(out.links.count == repeats)
        #expect(out.html.utf8.count > text.utf8.count)
        #expect(out.html.hasSuffix("<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n"))
    }
}
