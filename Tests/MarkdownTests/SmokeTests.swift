import Testing
@testable import Markdown

@Test func rendersParagraph() throws {
    let out = try MarkdownRenderer.render("Hello *world*")
    #expect(out.html == "<p>Hello <em>world</em></p>\n")
}
