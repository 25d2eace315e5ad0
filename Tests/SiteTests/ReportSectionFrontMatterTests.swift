import Diagnostics
import Foundation
import Testing

@testable import Site

/// A report's Markdown sections take front matter like pages: `title` names the section,
/// `weight` orders the sections, and the front matter never shows as text.
@Suite struct ReportSectionFrontMatterTests {
    static let folder = "Content/reports/sample-client"

    /// The starter (whose sample report has `approach.md`, weight 10, titled only in front
    /// matter, and `next-steps.md`, weight 20, titled by its heading), built.
    static func buildStarter(editing edit: (URL) throws -> Void = { _ in }) throws -> (site: URL, html: String) {
        let site = try TestSupport.temporaryFolder().appendingPathComponent("site")
        try SiteScaffold.create(at: site)
        try edit(site.appendingPathComponent(folder))
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        return (site, try TestSupport.read(site.appendingPathComponent("Public/reports/sample-client/index.html")))
    }

    static func sectionHeadings(_ html: String) -> [String] {
        html.components(separatedBy: "<section class=\"report-section report-extra\"").dropFirst().compactMap { part in
            guard let start = part.range(of: "<h2"), let open = part[start.upperBound...].range(of: ">"),
                let close = part[open.upperBound...].range(of: "</h2>")
            else { return nil }
            return String(part[open.upperBound..<close.lowerBound])
        }
    }

    @Test func frontMatterNamesTheSectionAndIsNotShown() throws {
        let (_, html) = try Self.buildStarter()
        #expect(!html.contains("weight: 10") && !html.contains("title: How we worked"))
        #expect(Self.sectionHeadings(html) == ["How we worked", "Next steps"])
    }

    @Test func weightOrdersTheSections() throws {
        let (_, html) = try Self.buildStarter { folder in
            let file = folder.appendingPathComponent("next-steps.md")
            try TestSupport.write(try TestSupport.read(file).replacingOccurrences(of: "weight: 20", with: "weight: 5"), to: file)
        }
        #expect(Self.sectionHeadings(html) == ["Next steps", "How we worked"])
        let contents = ["Next steps", "How we worked"].compactMap { html.range(of: ">\($0)</a>")?.lowerBound }
        #expect(contents.count == 2 && contents[0] < contents[1], "the contents list follows the weights")
    }

    @Test func aTitleWithMarkdownPunctuationStaysPlainText() throws {
        let (_, html) = try Self.buildStarter { folder in
            let file = folder.appendingPathComponent("approach.md")
            try TestSupport.write(
                try TestSupport.read(file).replacingOccurrences(of: "title: How we worked", with: "title: \"*Scope* & [method]\""), to: file
            )
        }
        #expect(Self.sectionHeadings(html).first == "*Scope* &amp; [method]")
    }

    @Test func badFrontMatterIsAnErrorAtItsLine() throws {
        let site = try TestSupport.temporaryFolder().appendingPathComponent("site")
        try SiteScaffold.create(at: site)
        let file = site.appendingPathComponent("\(Self.folder)/approach.md")
        try TestSupport.write(try TestSupport.read(file).replacingOccurrences(of: "weight: 10", with: "weight: first"), to: file)
        let problems = SiteBuilder(configuration: TestSupport.configuration(site)).check()
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.message == "`weight` must be a whole number")
        #expect(problems.first?.location?.path.hasSuffix("sample-client/approach.md") == true)
        #expect(problems.first?.location?.line == 3)
    }
}
