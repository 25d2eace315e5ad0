import Diagnostics
import Testing
import YAML

@testable import SiteContent

@Suite struct FrontMatterTests {
    @Test func splitsKnownKeysAndKeepsOthersAsParams() throws {
        let text = "---\ntitle: Setup\nweight: 20\ndraft: false\ntemplate: page\nowner: CX CoE\ntags: [a, b]\n---\n\n# Body\n"
        let split = try FrontMatter.split(text, path: "p.md")
        #expect(split.frontMatter.title == "Setup")
        #expect(split.frontMatter.weight == 20)
        #expect(split.frontMatter.draft == false)
        #expect(split.frontMatter.template == "page")
        #expect(split.frontMatter.templateLocation == SourceLocation(path: "p.md", line: 5, column: 11))
        #expect(split.frontMatter.params["owner"] == .string("CX CoE"))
        #expect(split.frontMatter.params["tags"] == .list([.string("a"), .string("b")]))
        #expect(split.body == "\n# Body\n")
        #expect(split.bodyLineOffset == 8)
    }

    @Test func textWithoutFrontMatterIsAllBody() throws {
        let split = try FrontMatter.split("# Title\n---\n", path: "p.md")
        #expect(split.body == "# Title\n---\n")
        #expect(split.bodyLineOffset == 0)
        #expect(split.frontMatter == FrontMatter())
    }

    @Test func emptyFrontMatterIsAnEmptyMapping() throws {
        let split = try FrontMatter.split("---\n---\nText\n", path: "p.md")
        #expect(split.frontMatter == FrontMatter())
        #expect(split.body == "Text\n")
    }

    @Test func invalidYAMLIsReportedAtItsLineInTheMarkdownFile() {
        let text = "---\ntitle: Fine\nowner: [unclosed\n---\nBody\n"
        #expect(throws: Diagnostic.self) { try FrontMatter.split(text, path: "guide/p.md") }
        do {
            _ = try FrontMatter.split(text, path: "guide/p.md")
        } catch {
            #expect(error.location?.path == "guide/p.md")
            #expect((error.location?.line ?? 0) >= 3)
            #expect(error.description.contains("error: invalid YAML in front matter"))
        }
    }

    @Test func badIndentationPointsAtTheExactLineAndColumn() {
        let text = "---\ntitle: A\n  weight: 3\n---\n"
        do {
            _ = try FrontMatter.split(text, path: "p.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(path: "p.md", line: 3, column: 9))
        }
    }

    @Test func frontMatterThatIsNotAMappingIsAnError() {
        do {
            _ = try FrontMatter.split("---\n- one\n- two\n---\n", path: "p.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(path: "p.md", line: 2, column: 1))
            #expect(error.message == "front matter must be a mapping of keys to values")
        }
    }

    @Test func unterminatedFrontMatterIsAnError() {
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: A\n", path: "p.md") }
    }

    @Test func paramsKeepTheTypesYAMLResolves() throws {
        let text =
            "---\ncount: 10\nratio: 0.5\nflag: true\nnothing: ~\nlink: https://example.com/x\nquoted: \"10\"\nwhen: 2026-01-02\nlist: [1, two]\n---\n"
        let params = try FrontMatter.split(text, path: "p.md").frontMatter.params
        #expect(params["count"] == .int(10))
        #expect(params["ratio"] == .double(0.5))
        #expect(params["flag"] == .bool(true))
        #expect(params["nothing"] == .null)
        #expect(params["link"] == .string("https://example.com/x"))
        #expect(params["quoted"] == .string("10"))
        #expect(params["when"] == .string("2026-01-02"))
        #expect(params["list"] == .list([.int(1), .string("two")]))
    }

    @Test func weightMustBeANumberAndDraftABool() {
        do {
            _ = try FrontMatter.split("---\nweight: heavy\n---\n", path: "p.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(path: "p.md", line: 2, column: 9))
        }
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ndraft: maybe\n---\n", path: "p.md") }
    }

    @Test func urlsStayText() throws {
        let split = try FrontMatter.split("---\nlink: https://example.com/a\ncount: 3\nratio: 0.5\n---\n", path: "p.md")
        #expect(split.frontMatter.params["link"] == .string("https://example.com/a"))
        #expect(split.frontMatter.params["count"] == .int(3))
        #expect(split.frontMatter.params["ratio"] == .double(0.5))
    }
}
