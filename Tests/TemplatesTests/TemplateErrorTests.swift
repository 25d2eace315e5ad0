import Diagnostics
import Testing

@testable import Templates

/// Templates that cannot compile: each problem at its `path:line:col` with a hint.
@Suite struct TemplateErrorTests {
    static func onlyProblem(_ template: String, partials: [String: String] = [:]) throws -> Diagnostic {
        let problems = TemplateTesting.problems(template, partials: partials)
        try #require(problems.count == 1, "\(problems)")
        return problems[0]
    }

    @Test func mismatchedClosingTagIsReportedAtItsName() throws {
        let problem = try Self.onlyProblem("<ul>\n{{#nav}}\n<li>{{title}}</li>\n{{/navigation}}\n")
        #expect(problem.location == SourceLocation(path: "main.mustache", line: 4, column: 4))
        #expect(problem.message == "Mustache syntax error: `{{/navigation}}` does not close the open section `{{#nav}}`")
        #expect(problem.hint?.contains("{{/nav}}") == true)
    }

    @Test func closingTagWithoutASection() throws {
        let problem = try Self.onlyProblem("a\nb {{/x}}")
        #expect(problem.location?.line == 2)
        #expect(problem.location?.column == 6)
        #expect(problem.message.hasSuffix("closes a section that is not open"))
    }

    @Test func unclosedSectionIsReportedAtItsOpeningTag() throws {
        let problem = try Self.onlyProblem("a\n  {{^nav}}\n<li>\n")
        #expect(problem.location == SourceLocation(path: "main.mustache", line: 2, column: 3))
        #expect(problem.message == "Mustache syntax error: `{{^nav}}` is never closed")
    }

    @Test func unclosedTagIsReportedWhereTheCloseWasExpected() throws {
        let problem = try Self.onlyProblem("{{#test}}\n{{name}\n{{/test}}\n")
        #expect(problem.location?.line == 2)
        #expect(problem.location?.column == 7)
        #expect(problem.message == "Mustache syntax error: a tag is not closed with `}}`")
        let atEnd = try Self.onlyProblem("text {{")
        #expect(atEnd.location?.column == 6)
    }

    @Test func badCharacterInAName() throws {
        let problem = try Self.onlyProblem("é {{page title}}")
        #expect(problem.location?.column == 10)
        #expect(problem.message == "Mustache syntax error: `t` cannot appear in a tag name")
    }

    @Test func unclosedTripleBraceAndComment() throws {
        #expect(try Self.onlyProblem("{{{html}}").message.contains("`}}}`"))
        #expect(try Self.onlyProblem("a\n{{! never closed").location?.line == 2)
    }

    @Test func badSetDelimiter() throws {
        for template in ["{{=<%=}}", "{{= <% %> }}", "{{=<% %>=}", "{{=  =}}"] {
            let problem = try Self.onlyProblem(template)
            #expect(problem.message == "Mustache syntax error: a set-delimiter tag is malformed", "\(template)")
        }
    }

    @Test func emptyTagsAndUnsupportedFeatures() throws {
        #expect(try Self.onlyProblem("{{ }}").message.hasSuffix("a tag has no name"))
        #expect(try Self.onlyProblem("{{upper(name)}}").message.contains("transforms are not supported"))
        #expect(try Self.onlyProblem("{{<layout}}{{/layout}}").message.contains("not supported"))
        #expect(try Self.onlyProblem("{{> *dynamic}}").message.contains("not supported"))
    }

    @Test func missingPartialsAreReportedAtTheirTag() throws {
        let problems = TemplateTesting.problems(
            "<html>\n  {{> partials/sidebar}}\n{{=<% %>=}}<%> partials/footer%>\n", partials: ["partials/head": ""])
        #expect(problems.map(\.message) == ["no partial named `partials/sidebar`", "no partial named `partials/footer`"])
        #expect(problems.map { $0.location?.line } == [2, 3])
        #expect(problems.map { $0.location?.column } == [3, 12])
    }

    @Test func everyTemplatesProblemsAreReportedAtOnce() {
        let problems = TemplateTesting.problems("{{#a}}", partials: ["b": "{{/b}}", "c": "{{> nope}}"])
        #expect(problems.map { $0.location?.path } == ["b.mustache", "c.mustache", "main.mustache"])
    }
}
