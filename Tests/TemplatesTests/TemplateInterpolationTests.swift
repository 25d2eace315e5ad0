import Testing

@testable import Templates

/// `{{name}}`, `{{{name}}}` and `{{& name}}`: escaping, dotted names and the context stack.
@Suite struct TemplateInterpolationTests {
    @Test func variablesAreHTMLEscaped() throws {
        let context: TemplateObject = ["x": .text(#"<a href="x">Tom & 'Jerry'</a> café"#)]
        #expect(try TemplateTesting.render("{{x}}", context) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt; café")
        #expect(
            try TemplateTesting.render("{{{x}}}|{{& x}}", context)
                == #"<a href="x">Tom & 'Jerry'</a> café|<a href="x">Tom & 'Jerry'</a> café"#)
    }

    /// Text given as UTF-8 bytes (a page's HTML) renders exactly as the same text given as
    /// a string: escaped, raw, as a section's context, and quoted inside a list.
    @Test func utf8TextRendersAsText() throws {
        let text = #"<p class="x">Tom & 'Jerry' — café</p>"#
        let template = "{{x}}|{{{x}}}|{{#x}}[{{.}}]{{/x}}|{{^x}}none{{/x}}|{{{list}}}"
        let asString = try TemplateTesting.render(template, ["x": .text(text), "list": .list([.text(text)])])
        let asBytes = try TemplateTesting.render(
            template, ["x": .utf8Text(Array(text.utf8)), "list": .list([.utf8Text(Array(text.utf8))])])
        #expect(asBytes == asString)
        #expect(asBytes.hasPrefix("&lt;p class=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39; — café&lt;/p&gt;|<p "))
        #expect(TemplateValue.utf8Text(Array(text.utf8)).text == text)
    }

    @Test func whitespaceInsideTagsIsIgnored() throws {
        #expect(try TemplateTesting.render("[{{ name }}][{{{ name }}}][{{&name}}]", ["name": .text("a&b")]) == "[a&amp;b][a&b][a&b]")
    }

    @Test func missingNamesRenderNothing() throws {
        #expect(try TemplateTesting.render("[{{nope}}][{{a.nope}}][{{{nope}}}]", ["a": .object([:])]) == "[][][]")
    }

    @Test func flagsNumbersAndListsShowAsText() throws {
        let context: TemplateObject = [
            "yes": .bool(true), "no": .bool(false), "n": .number(42),
            "tags": .list([.text("a"), .text("b\"c")]), "empty": .object([:]),
        ]
        #expect(try TemplateTesting.render("{{yes}} {{no}} {{n}} {{{tags}}} {{empty}}", context) == #"true false 42 ["a", "b\"c"] [:]"#)
    }

    @Test func dottedNamesReachIntoObjects() throws {
        let context: TemplateObject = ["page": .object(["title": .text("Setup"), "params": .object(["owner": .text("CoE")])])]
        #expect(try TemplateTesting.render("{{page.title}} by {{page.params.owner}}", context) == "Setup by CoE")
    }

    @Test func namesNotInTheCurrentObjectAreFoundInOuterOnes() throws {
        let context: TemplateObject = [
            "site": .text("Orgbook"),
            "items": .list([
                .object(["title": .text("A")]),
                .object(["title": .text("B"), "site": .text("inner")]),
            ]),
        ]
        #expect(try TemplateTesting.render("{{#items}}{{title}}@{{site}} {{/items}}", context) == "A@Orgbook B@inner ")
    }

    @Test func aDottedNameResolvesOnlyItsFirstPartThroughTheStack() throws {
        // `a.b` finds `a` in the inner object, which has no `b`: the outer `a.b` is not used.
        let context: TemplateObject = ["a": .object(["b": .text("outer")]), "inner": .object(["a": .object(["c": .text("x")])])]
        #expect(try TemplateTesting.render("{{#inner}}[{{a.b}}][{{a.c}}]{{/inner}}", context) == "[][x]")
    }

    @Test func aLeadingDotLooksOnlyInTheCurrentValue() throws {
        let context: TemplateObject = ["title": .text("outer"), "item": .object(["name": .text("inner")])]
        #expect(try TemplateTesting.render("{{#item}}[{{.title}}][{{title}}][{{.name}}]{{/item}}", context) == "[][outer][inner]")
    }

    @Test func theImplicitIteratorIsTheCurrentItem() throws {
        let context: TemplateObject = ["tags": .list([.text("a<b"), .text("c")])]
        #expect(try TemplateTesting.render("{{#tags}}({{.}}){{/tags}}", context) == "(a&lt;b)(c)")
    }
}
