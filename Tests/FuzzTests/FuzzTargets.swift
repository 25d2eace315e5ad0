import Diagnostics
import Foundation
import Markdown
import OrgModel
import Search
import SiteContent
import Templates
import Testing

@testable import OrgData
@testable import Site

/// One fuzz target per input format. Each input must either load or fail with
/// well-formed diagnostics: never crash, hang or throw anything else. A short run is part
/// of `make test`; `make fuzz` runs thousands of inputs per target.
@Suite(.serialized) struct FuzzTargets {
    @Test func markdown() {
        var fuzzer = Fuzzer(
            target: "markdown", corpus: FuzzCheck.files(in: "Content", extensions: ["md"]),
            tokens: [
                "- ", "> ", "1. ", "# ", "```", "```orgchart\n", "|", "| --- |", "*", "**", "[", "](x.md)", "<div>", "\n\n", "    ", "\\",
                "&amp;", "<!--",
            ]
        ) { depth, random in
            let opener = random.pick(["- ", "> ", "1. ", "* ", "  - "])
            return (0..<depth).map { String(repeating: opener, count: min($0, 40)) + "item \($0)" }.joined(separator: "\n")
                + "\n" + String(repeating: random.pick(["> ", "- ", "*a "]), count: depth) + "x\n\n| a |\n|---|\n"
        }
        var options = MarkdownOptions()
        options.sourcePath = "fuzz.md"
        for iteration in 0..<Fuzzer.iterations {
            let input = fuzzer.next()
            // The search text recorded as the page is written is the text its HTML holds.
            let recorder = SearchTextRecorder()
            options.textObserver = recorder
            options.allowsRawHTML = iteration % 2 == 1
            do {
                let html = try MarkdownRenderer.render(input, options: options).html
                if recorder.extracted(pageHTML: html) != SearchTextExtractor.extract(html: html) {
                    Issue.record("recorded search text differs from the HTML's for input \(input.prefix(120).debugDescription)")
                }
            } catch {
                if let problem = FuzzCheck.problem(with: error) {
                    Issue.record("\(problem) for input \(input.prefix(120).debugDescription)")
                }
            }
        }
    }

    @Test func frontMatter() {
        let pages = FuzzCheck.files(in: "Content", extensions: ["md"]).map { String($0.prefix(600)) }
        var fuzzer = Fuzzer(
            target: "front-matter", corpus: pages,
            tokens: ["---\n", "title: ", ": ", "[", "]", "{", "}", "&a ", "*a", "- ", "\"", "'", "weight: 1\n", "!!int ", "? "]
        ) { depth, random in
            let open = random.pick(["[", "{a: "])
            let close = open == "[" ? "]" : "}"
            return "---\nx: " + String(repeating: open, count: depth) + String(repeating: close, count: depth) + "\n---\nbody\n"
        }
        for _ in 0..<Fuzzer.iterations {
            let input = fuzzer.next()
            do { _ = try FrontMatter.split(input, path: "fuzz.md") } catch {
                if let problem = FuzzCheck.problem(with: error) {
                    Issue.record("\(problem) for input \(input.prefix(120).debugDescription)")
                }
            }
        }
    }

    @Test func yamlData() {
        let corpus =
            FuzzCheck.files(in: "Content", extensions: ["yaml"]) + FuzzCheck.files(in: "Tests/OrgModelTests/Fixtures", extensions: ["yaml"])
        var fuzzer = Fuzzer(
            target: "yaml-data", corpus: corpus,
            tokens: [
                "kind: orgchart\n", "units:\n", "  - id: ", "parent: ", "dotted: [", "&a [x, x]", "*a", "answers:\n", "  - label: ",
                "outcome: ", "rows:\n", "cells: {", ": ", "\n  ", "src: x.csv\n",
            ]
        ) { depth, random in
            if random.chance(50) {
                // An alias bomb: each level repeats the one before ten times.
                var yaml = "kind: orgchart\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                for level in 1...min(depth, 12) {
                    yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
                }
                return yaml
            }
            return "kind: decision-tree\nquestion: Q\nanswers:\n"
                + (0..<min(depth, 200)).map { level in
                    String(repeating: "  ", count: level + 1) + "- label: A\(level)\n" + String(repeating: "  ", count: level + 2)
                        + "question: Q\(level)\n"
                        + String(repeating: "  ", count: level + 2) + "answers:\n"
                }.joined()
        }
        for _ in 0..<Fuzzer.iterations {
            let input = fuzzer.next()
            do {
                _ = try OrgDataLoader.load(
                    input, kind: nil, location: SourceLocation(path: "fuzz.md", line: 3), baseDirectory: "/nonexistent")
            } catch {
                if let problem = FuzzCheck.problem(with: error) {
                    Issue.record("\(problem) for input \(input.prefix(120).debugDescription)")
                }
            }
        }
    }

    @Test func csv() throws {
        let corpus =
            FuzzCheck.files(in: "Content", extensions: ["csv"]) + FuzzCheck.files(in: "Tests/OrgModelTests/Fixtures", extensions: ["csv"])
        var fuzzer = Fuzzer(
            target: "csv", corpus: corpus,
            tokens: [",", "\"", "\"\"", "\n", "\r\n", ";", "\t", "id,name,parent\n", "ceo,CEO,\n", "x,X,ceo\n"]
        ) { depth, random in
            // A chain `depth` long, or a flat team, possibly with a cycle at the end.
            var csv = "id,name,parent\nu0,Unit 0,\n"
            let chain = random.chance(50)
            for index in 1..<max(2, depth) { csv += "u\(index),Unit \(index),u\(chain ? index - 1 : 0)\n" }
            if random.chance(30) { csv += "u0,Again,u\(depth / 2)\n" }
            return csv
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("org.csv").path
        for _ in 0..<Fuzzer.iterations {
            let input = fuzzer.next()
            try Data(input.utf8).write(to: URL(fileURLWithPath: file))
            do { _ = try OrgDataLoader.load(file: file) } catch {
                if let problem = FuzzCheck.problem(with: error) {
                    Issue.record("\(problem) for input \(input.prefix(120).debugDescription)")
                }
            }
        }
    }

    @Test func templates() {
        let corpus = FuzzCheck.files(in: "Templates", extensions: ["mustache"])
        var fuzzer = Fuzzer(
            target: "templates", corpus: corpus,
            tokens: [
                "{{", "}}", "{{#page}}", "{{/page}}", "{{^x}}", "{{/x}}", "{{> main}}", "{{> partials/x}}", "{{{content}}}", "{{=<% %>=}}",
                "{{!", "{{&", "\n",
            ]
        ) { depth, random in
            random.chance(50)
                ? (0..<depth).map { "{{#s\($0)}}" }.joined() + (0..<depth).reversed().map { "{{/s\($0)}}" }.joined()
                : String(repeating: "{{#page}}{{> main}}", count: min(depth, 50)) + String(repeating: "{{/page}}", count: min(depth, 50))
        }
        let context: TemplateObject = ["page": .object(["title": .text("T"), "page": .bool(true)]), "content": .text("<p>x</p>")]
        for _ in 0..<Fuzzer.iterations {
            let input = fuzzer.next()
            do {
                let library = try TemplateLibrary(["main": input, "partials/x": "{{#page}}{{title}}{{/page}}"])
                _ = try library.render("main", context: context)
            } catch {
                if let problem = FuzzCheck.problem(with: error) {
                    Issue.record("\(problem) for input \(input.prefix(120).debugDescription)")
                }
            }
        }
    }
}
