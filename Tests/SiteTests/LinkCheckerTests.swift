import Diagnostics
import Foundation
import Markdown
import SiteContent
import Testing

@testable import Site

/// The link check works on what the Markdown pass recorded; these tests hand it records
/// directly, the way the renderer fills them.
@Suite struct LinkCheckerTests {
    func page(_ source: String) -> Page {
        let (url, isIndex) = Page.urlPath(forSource: source)
        return Page(
            sourcePath: source, displayPath: "Content/" + source, urlPath: url,
            sectionPath: (source as NSString).deletingLastPathComponent, isSectionIndex: isIndex,
            isGenerated: false, frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
    }

    /// A page's render recording `links`; with `targets`, each link's rewritten URL is
    /// filled as the Markdown pass fills it (links drawn by diagrams may have none).
    func rendered(links: [String], anchors: Set<String>, in path: String, targets: LinkTargets? = nil) -> RenderedPage {
        let page = page(path)
        let references = links.enumerated().map { index, destination in
            LinkReference(
                destination: destination,
                rewritten: targets?.rewrite(destination, fromSourceDirectory: page.sourceDirectory, fromURLPath: page.urlPath),
                isImage: false,
                location: SourceLocation(path: "Content/" + path, line: index + 1, column: 1))
        }
        return RenderedPage(
            markdown: RenderedMarkdown(html: "", headings: [], links: references, anchors: anchors, fenceKinds: []),
            warnings: [], dependencies: [])
    }

    func checker(links: [String], rewritten: Bool = false) -> LinkChecker {
        let pages = ["index.md": page("index.md"), "guide/setup.md": page("guide/setup.md"), "guide/index.md": page("guide/index.md")]
        var targets = LinkTargets()
        for (path, page) in pages { targets.pageURLs[path] = page.urlPath }
        targets.folderPages = ["": "index.md", "guide": "guide/index.md"]
        targets.files = ["guide/chart.csv"]
        let renders = [
            "index.md": rendered(links: [], anchors: ["welcome"], in: "index.md"),
            "guide/index.md": rendered(links: [], anchors: [], in: "guide/index.md"),
            "guide/setup.md": rendered(
                links: links, anchors: ["first-steps", "details"], in: "guide/setup.md", targets: rewritten ? targets : nil),
        ]
        return LinkChecker(pages: pages, renders: renders, targets: targets, outputs: ["assets/site.css", "index.html"])
    }

    @Test(arguments: [false, true])
    func validLinksPass(rewritten: Bool) {
        let links = [
            "../index.md#welcome", "index.md", "#details", "chart.csv", "https://example.com/x.md",
            "mailto:a@b.c", "../../assets/site.css", "../", "setup.md#first-steps",
        ]
        #expect(checker(links: links, rewritten: rewritten).problems(severity: .error).isEmpty)
    }

    /// Rewritten or not, a link is broken for the same reasons: a link the Markdown pass
    /// rewrote (`../index.md#nowhere`) still has its fragment checked.
    @Test(arguments: [false, true])
    func everyBrokenLinkIsReportedAtItsLocation(rewritten: Bool) {
        let links = ["missing.md", "../index.md#nowhere", "#gone", "picture.png", "ok.md"]
        let problems = checker(links: links, rewritten: rewritten).problems(severity: .error)
        #expect(problems.map(\.location?.line) == [1, 2, 3, 4, 5])
        #expect(problems[0].description.hasPrefix("Content/guide/setup.md:1:1: error: link to a missing page `guide/missing.md`"))
        #expect(problems[1].message == "`index.md` has no heading or anchor `#nowhere`")
        #expect(problems[1].hint == "its anchors are: welcome")
        #expect(problems[2].message == "this page has no heading or anchor `#gone`")
        #expect(problems[3].message == "link to a missing file `picture.png`")
    }

    @Test func severityIsTheCallersChoice() {
        let problems = checker(links: ["missing.md"]).problems(severity: .warning)
        #expect(problems.map(\.severity) == [.warning])
    }
}
