import Diagnostics
import Testing

@testable import Markdown

/// A fence renderer that echoes what it was given, so tests see exactly what it received.
struct EchoFenceRenderer: FenceRenderer {
    func render(_ block: FencedBlock) throws -> String {
        "<figure data-kind=\"\(block.kind)\">\(block.content.count) chars at \(block.contentLocation)</figure>"
    }
}

/// A fence renderer that rejects its content, pointing at its second line.
struct FailingFenceRenderer: FenceRenderer {
    func render(_ block: FencedBlock) throws -> String {
        throw Diagnostic.error(
            at: block.contentLocation.offset(byLines: 1), "unknown parent 'cfo'",
            hint: "add a unit with id 'cfo'")
    }
}

@Suite struct FenceTests {
    static func options() -> MarkdownOptions {
        var options = MarkdownOptions()
        options.sourcePath = "Content/org.md"
        options.lineOffset = 5
        options.fenceRenderers = ["orgchart": EchoFenceRenderer(), "broken": FailingFenceRenderer()]
        return options
    }

    @Test func registeredKindsAreReplacedByTheRendererHTML() throws {
        let text = "Para\n\n```orgchart title=\"Today\"\nunits: []\n```\n\n```swift\nlet x = 1\n```\n"
        let out = try MarkdownRenderer.render(text, options: Self.options())
        #expect(
            out.html == """
                <p>Para</p>
                <figure data-kind="orgchart">10 chars at Content/org.md:9:1</figure>
                <pre><code class="language-swift">let x = 1
                </code></pre>

                """)
        #expect(out.fenceKinds == ["orgchart"])
    }

    @Test func theBlockCarriesInfoKindContentAndLocation() throws {
        final class Recorder: FenceRenderer, @unchecked Sendable {
            var blocks: [FencedBlock] = []
            func render(_ block: FencedBlock) throws -> String {
                blocks.append(block)
                return ""
            }
        }
        let recorder = Recorder()
        var options = Self.options()
        options.fenceRenderers = ["decision-tree": recorder]
        _ = try MarkdownRenderer.render("# T\n\n> ~~~decision-tree  src: tree.yaml\n> a: 1\n> b: 2\n> ~~~\n", options: options)
        #expect(
            recorder.blocks == [
                FencedBlock(
                    info: "decision-tree  src: tree.yaml", kind: "decision-tree",
                    content: "a: 1\nb: 2\n",
                    contentLocation: SourceLocation(path: "Content/org.md", line: 9, column: 3))
            ])
    }

    @Test func rendererErrorsPropagateWithFileLines() throws {
        let text = "Intro\n\n```broken\nunits:\n  - parent: cfo\n```\n"
        do {
            _ = try MarkdownRenderer.render(text, options: Self.options())
            Issue.record("expected the fence renderer's error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.description == "Content/org.md:10:1: error: unknown parent 'cfo' — add a unit with id 'cfo'")
        }
    }

    @Test func unregisteredAndIndentedCodeRenderAsCmarkDoes() throws {
        let text = "```\nplain <b>\n```\n\n    orgchart\n\n```Orgchart\nx\n```\n"
        let out = try MarkdownRenderer.render(text, options: Self.options())
        #expect(out.html == CmarkBridge.referenceHTML(text, allowsRawHTML: false))
        #expect(out.fenceKinds.isEmpty)
    }
}
