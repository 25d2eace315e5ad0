import Testing

@testable import Templates

/// Standalone lines, partials and their indentation, comments and set delimiters.
@Suite struct TemplateWhitespaceTests {
    @Test func standaloneSectionTagsTakeTheirWholeLine() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n"
        #expect(
            try TemplateTesting.render(template, ["items": .list([.text("a"), .text("b")])]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(try TemplateTesting.render(template, ["items": .list([])]) == "<ul>\n</ul>\n")
    }

    @Test func standaloneInvertedCommentAndCRLFLines() throws {
        #expect(try TemplateTesting.render("a\n\t{{^x}}\nb\n {{/x}} \t\r\n{{! note }}\nc") == "a\nb\nc")
    }

    @Test func tagsSharingALineWithTextAreNotStandalone() throws {
        #expect(try TemplateTesting.render(" {{#x}}yes{{/x}} \n", ["x": .bool(true)]) == " yes \n")
        #expect(try TemplateTesting.render("a {{! c }} b\n  {{!c}} d\n") == "a  b\n   d\n")
    }

    @Test func aStandaloneTagOnTheLastLineNeedsNoLineBreak() throws {
        #expect(try TemplateTesting.render("a\n{{#x}}\nb\n{{/x}}", ["x": .bool(true)]) == "a\nb\n")
    }

    @Test func variablesNeverMakeAStandaloneLine() throws {
        #expect(try TemplateTesting.render("  {{x}}\n", ["x": .text("v")]) == "  v\n")
        #expect(try TemplateTesting.render("  {{x}}\n") == "  \n")
    }

    @Test func multilineComments() throws {
        #expect(try TemplateTesting.render("a\n{{!\n  several\n  lines\n}}\nb\n") == "a\nb\n")
    }

    @Test func aStandalonePartialIndentsItsLines() throws {
        let partials = ["item": "<li>\n  {{title}}\n</li>\n"]
        #expect(
            try TemplateTesting.render("<ul>\n    {{> item}}\n</ul>\n", ["title": .text("A")], partials: partials)
                == "<ul>\n    <li>\n      A\n    </li>\n</ul>\n")
    }

    @Test func anInlinePartialIsNotIndented() throws {
        #expect(try TemplateTesting.render("[{{> p}}]", partials: ["p": "a\nb\n"]) == "[a\nb\n]")
    }

    /// Orgbook indents a section's output as one piece: the first line of every
    /// pass after the first keeps only the section's own indentation. Kept so layouts
    /// render byte for byte as they always have.
    @Test func indentationOfRepeatedPassesIsTheSectionsOwn() throws {
        let partials = ["list": "<ul>\n  {{#items}}\n  <li>\n    {{.}}\n  </li>\n  {{/items}}\n</ul>\n"]
        let out = try TemplateTesting.render("  {{> list}}\n", ["items": .list([.text("a"), .text("b")])], partials: partials)
        #expect(out == "  <ul>\n    <li>\n      a\n    </li>\n  <li>\n      b\n    </li>\n  </ul>\n")
    }

    @Test func recursivePartialsRenderATree() throws {
        let partials = [
            "item":
                "<li>{{title}}\n{{#hasChildren}}\n<ul>\n  {{#children}}\n  {{> item}}\n  {{/children}}\n</ul>\n{{/hasChildren}}\n</li>\n"
        ]
        let leaf: TemplateValue = .object(["title": .text("B"), "hasChildren": .bool(false), "children": .list([])])
        let tree: TemplateObject = ["title": .text("A"), "hasChildren": .bool(true), "children": .list([leaf])]
        #expect(try TemplateTesting.render("{{> item}}", tree, partials: partials) == "<li>A\n<ul>\n  <li>B\n  </li>\n</ul>\n</li>\n")
    }

    @Test func partialsSeeTheCallersContext() throws {
        #expect(
            try TemplateTesting.render(
                "{{#user}}{{> card}}{{/user}}", ["user": .object(["name": .text("Ada")])],
                partials: ["card": "<b>{{name}}</b>"]) == "<b>Ada</b>")
    }

    @Test func setDelimitersChangeTheTagsForTheRestOfTheBlock() throws {
        let template = "{{=<% %>=}}\n<%name%> {{name}}\n<%#list%><%.%><%/list%>\n<%={{ }}=%>\n{{name}}\n"
        #expect(
            try TemplateTesting.render(template, ["name": .text("x"), "list": .list([.text("1"), .text("2")])])
                == "x {{name}}\n12\nx\n")
    }

    @Test func setDelimitersInsideASectionEndWithIt() throws {
        #expect(
            try TemplateTesting.render("{{#a}}{{=| |=}}|b||/a||b|{{b}}", ["a": .bool(true), "b": .text("B")])
                == "B|b|B")
    }
}
