import Testing

@testable import Templates

/// `{{#name}}` and `{{^name}}` over every kind of value, with Orgbook's truthiness.
@Suite struct TemplateSectionTests {
    static let template = "{{#x}}[yes:{{.}}]{{/x}}{{^x}}[no]{{/x}}"

    @Test(arguments: [
        (TemplateValue.bool(true), "[yes:[&quot;x&quot;: true]]"),  // a flag does not push itself
        (.bool(false), "[no]"),
        (.text("hi"), "[yes:hi]"),
        (.text(""), "[yes:]"),  // empty text is truthy, as before: `{{#page.description}}` renders for ""
        (.number(0), "[yes:0]"),
        (.list([]), "[no]"),
        (.list([.text("a"), .text("b")]), "[yes:a][yes:b]"),
        (.object([:]), "[yes:[:]]"),
    ])
    func truthiness(value: TemplateValue, expected: String) throws {
        #expect(try TemplateTesting.render(Self.template, ["x": value]) == expected)
    }

    @Test func aMissingNameIsFalsy() throws {
        #expect(try TemplateTesting.render(Self.template) == "[no]")
    }

    @Test func aTrueFlagKeepsTheContextAndDoesNotPushItself() throws {
        #expect(
            try TemplateTesting.render("{{#flag}}{{name}}/{{{.}}}{{/flag}}", ["flag": .bool(true), "name": .text("n")])
                == "n/[\"flag\": true, \"name\": \"n\"]")
    }

    @Test func anObjectIsPushedAsContext() throws {
        let context: TemplateObject = ["person": .object(["name": .text("Ada"), "role": .text("lead")]), "role": .text("outer")]
        #expect(try TemplateTesting.render("{{#person}}{{name}} ({{role}}){{/person}}", context) == "Ada (lead)")
    }

    @Test func listsOfObjectsRenderOncePerItem() throws {
        let context: TemplateObject = [
            "nav": .list([
                .object(["title": .text("A"), "isCurrent": .bool(true)]),
                .object(["title": .text("B"), "isCurrent": .bool(false)]),
            ])
        ]
        let template = "{{#nav}}<li{{#isCurrent}} aria-current=\"page\"{{/isCurrent}}>{{title}}</li>{{/nav}}"
        #expect(try TemplateTesting.render(template, context) == "<li aria-current=\"page\">A</li><li>B</li>")
    }

    @Test func nestedSectionsSeeEveryEnclosingContext() throws {
        let context: TemplateObject = [
            "root": .text("/"),
            "toc": .list([.object(["id": .text("a"), "children": .list([.object(["id": .text("a1")]), .object(["id": .text("a2")])])])]),
        ]
        let template = "{{#toc}}{{id}}:{{#children}}{{root}}{{id}},{{/children}}{{/toc}}"
        #expect(try TemplateTesting.render(template, context) == "a:/a1,/a2,")
    }

    @Test func dottedSectionNames() throws {
        let context: TemplateObject = ["page": .object(["hasToc": .bool(true), "toc": .list([.text("x")])])]
        #expect(
            try TemplateTesting.render(
                "{{#page.hasToc}}T{{/page.hasToc}}{{^page.missing}}M{{/page.missing}}{{#page.toc}}{{.}}{{/page.toc}}", context) == "TMx")
    }

    @Test func theSameNameCanOpenNestedSections() throws {
        let context: TemplateObject = ["a": .object(["a": .text("inner")])]
        #expect(try TemplateTesting.render("{{#a}}{{#a}}{{.}}{{/a}}{{/a}}", context) == "inner")
    }
}
