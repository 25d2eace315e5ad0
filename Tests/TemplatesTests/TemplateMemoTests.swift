import Testing

@testable import Templates

/// A `TemplateMemo` must never change what a page renders to: reused items render the same
/// bytes copied as rendered, and items that read their surroundings are rendered afresh.
@Suite struct TemplateMemoTests {
    static let partials = [
        "item":
            "<li>{{title}}{{#note}} ({{note}}){{/note}}\n  {{#hasChildren}}\n  <ul>\n    {{#children}}\n    {{> item}}\n    {{/children}}\n  </ul>\n  {{/hasChildren}}\n</li>\n"
    ]
    static let template = "<ul>\n  {{#items}}\n  {{> item}}\n  {{/items}}\n</ul>\n<ol>\n{{#items}}\n{{> item}}\n{{/items}}\n</ol>\n"

    static func item(_ title: String, children: [TemplateValue] = [], reused: Bool = true) -> TemplateValue {
        var object: TemplateObject = ["title": .text(title), "children": .list(children), "hasChildren": .bool(!children.isEmpty)]
        if reused { object.markReused() }
        return .object(object)
    }

    /// Renders `contexts` one after another through one library and one memo.
    static func renderAll(_ contexts: [TemplateObject], memo: TemplateMemo?) throws -> [String] {
        var texts = partials
        texts["main"] = template
        let library = try TemplateLibrary(texts)
        return try contexts.map { context in
            let bytes = try #require(try library.renderBytes("main", context: context, memo: memo))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func reusedItemsRenderAsWithoutAMemo() throws {
        let shared = [Self.item("Alpha"), Self.item("Beta", children: [Self.item("Beta one"), Self.item("Beta two")])]
        // The same items at two indentations, next to items made for each page.
        let contexts: [TemplateObject] = (0..<3).map { page in
            ["items": .list(shared + [Self.item("Page \(page)", reused: false)])]
        }
        let memo = TemplateMemo()
        let remembered = try Self.renderAll(contexts, memo: memo)
        #expect(remembered == (try Self.renderAll(contexts, memo: nil)))
        #expect(remembered[1].contains("<ol>\n<li>Alpha\n</li>\n"))
        #expect(remembered[1].contains("  <ul>\n    <li>Beta one\n    </li>\n"))
    }

    @Test func anItemIsRememberedPerIndentation() throws {
        // The items start mid-line (nothing pending), inside partials indented differently:
        // only their second lines show the indentation.
        let texts = ["main": "  {{> wrap}}\n{{> wrap}}\n", "wrap": "{{#items}}[{{> leaf}}]{{/items}}\n", "leaf": "{{title}}\nend"]
        let library = try TemplateLibrary(texts)
        let context: TemplateObject = ["items": .list([Self.item("A")])]
        let memo = TemplateMemo()
        let first = try #require(try library.renderBytes("main", context: context, memo: memo))
        let again = try #require(try library.renderBytes("main", context: context, memo: memo))
        #expect(String(decoding: first, as: UTF8.self) == "  [A\n  end]\n[A\nend]\n")
        #expect(again == first)
    }

    @Test func itemsReadingTheirSurroundingsAreNotRemembered() throws {
        // `note` is not in the items: it comes from each page's context, so the same item
        // renders differently on each page.
        let shared = [Self.item("Alpha"), Self.item("Beta")]
        let contexts: [TemplateObject] = ["first", "second"].map { ["items": .list(shared), "note": .text($0)] }
        let rendered = try Self.renderAll(contexts, memo: TemplateMemo())
        #expect(rendered == (try Self.renderAll(contexts, memo: nil)))
        #expect(rendered[0].contains("<li>Alpha (first)"))
        #expect(rendered[1].contains("<li>Alpha (second)"))
    }

    @Test func aChangedItemMarkedAgainIsNotServedTheOldBytes() throws {
        // The memo knows an item by its mark, not its values: a copy changed and marked
        // again must get a mark of its own.
        var original: TemplateObject = ["title": .text("Old"), "children": .list([]), "hasChildren": .bool(false)]
        original.markReused()
        var changed = original
        changed["title"] = .text("New")
        changed.markReused()
        let contexts: [TemplateObject] = [["items": .list([.object(original)])], ["items": .list([.object(changed)])]]
        let rendered = try Self.renderAll(contexts, memo: TemplateMemo())
        #expect(rendered[1].contains("<li>New"))
        #expect(!rendered[1].contains("Old"))
    }

    @Test func equalObjectsStayEqualWhetherOrNotReused() {
        #expect(Self.item("A", reused: true) == Self.item("A", reused: false))
    }
}

/// A reused object keeps its mark only while it stays as it was marked.
@Suite struct TemplateObjectReuseTests {
    @Test func changingAMarkedObjectUnmarksIt() {
        var object: TemplateObject = ["title": .text("A")]
        object.markReused()
        #expect(object.isReused)
        object["title"] = .text("B")
        #expect(!object.isReused)
    }
}
