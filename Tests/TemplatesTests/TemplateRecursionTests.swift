import Diagnostics
import Testing

@testable import Templates

/// Templates that would recurse without end are refused when they load, with the chain of
/// includes; recursion guarded by a section (a nested navigation) still renders.
@Suite struct TemplateRecursionTests {
    @Test func aPartialIncludingItselfIsRefusedWithItsPlace() throws {
        let problems = TemplateTesting.problems("{{> loop}}", partials: ["loop": "<b>\n  {{> loop}}\n"])
        try #require(problems.count == 1, "\(problems)")
        #expect(problems[0].location == SourceLocation(path: "loop.mustache", line: 2, column: 3))
        #expect(problems[0].message.contains("`loop` → `loop`"))
        #expect(problems[0].hint?.contains("section") == true)
    }

    @Test func twoPartialsIncludingEachOtherAreRefused() throws {
        let problems = TemplateTesting.problems("{{> a}}", partials: ["a": "A{{> b}}", "b": "B{{> a}}"])
        try #require(problems.count == 1, "\(problems)")
        #expect(problems[0].message.contains("`a` → `b` → `a`"))
    }

    @Test func recursionInsideASectionRendersItsData() throws {
        let tree: TemplateObject = [
            "children": .list([.object(["name": .text("a"), "children": .list([.object(["name": .text("b"), "children": .list([])])])])])
        ]
        let html = try TemplateTesting.render("{{> node}}", tree, partials: ["node": "{{#children}}({{name}}{{> node}}){{/children}}"])
        #expect(html == "(a(b))")
    }

    @Test func recursionThroughAnOuterNameStopsAtTheDepthLimit() throws {
        // `flag` is found again in the outer context at every level: only the limit stops it.
        let html = try TemplateTesting.render("{{> node}}", ["flag": .bool(true)], partials: ["node": "{{#flag}}x{{> node}}{{/flag}}"])
        #expect(html == String(repeating: "x", count: TemplateRenderer.maximumPartialDepth))
    }

    @Test func sectionsNestedBeyondTheLimitAreASyntaxError() throws {
        let depth = 2_000
        let template = (0..<depth).map { "{{#s\($0)}}" }.joined() + (0..<depth).reversed().map { "{{/s\($0)}}" }.joined()
        let problems = TemplateTesting.problems(template)
        try #require(problems.count == 1)
        #expect(problems[0].message.contains("sections nested more than 100 levels deep"))
        #expect(problems[0].location?.line == 1)
    }

    /// Two includes a level through a section every level finds again: 2^100 renders if
    /// nothing stopped it. Found by the template fuzz target.
    @Test func branchingRecursionIsStoppedWithAnError() throws {
        let library = try TemplateLibrary(["main": "{{> node}}", "node": "{{#flag}}{{> node}}{{> node}}{{/flag}}"])
        #expect(throws: Diagnostic.self) { _ = try library.render("main", context: ["flag": .bool(true)]) }
        do { _ = try library.render("main", context: ["flag": .bool(true)]) } catch {
            #expect(error.message.contains("expanded partials more than"))
            #expect(error.location?.path == "main.mustache")
        }
    }
}
