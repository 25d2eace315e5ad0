import Diagnostics
import Foundation
import OrgModel
import Testing

@testable import OrgData
@testable import Site

enum DiagramSupport {
    /// True once OrgModel loads data and Markdown calls fence renderers.
    static let diagramsWork: Bool = {
        let yaml = "units:\n  - id: a\n    name: A\n"
        return (try? OrgDataLoader.load(yaml, kind: .orgChart, location: SourceLocation(path: "x", line: 1), baseDirectory: "/")) != nil
            && TestSupport.markdownRecordsLinks
    }()
}

/// Diagram fences in pages, drawn through the OrgModel and Diagrams contracts. Enabled once
/// those targets load data (their placeholders refuse every document).
@Suite(.enabled(if: DiagramSupport.diagramsWork, "needs the OrgModel loader and the Markdown renderer"))
struct DiagramPageTests {

    static let chart =
        "```orgchart\nunits:\n  - id: ceo\n    name: Chief Executive\n  - id: cco\n    name: Customers\n    parent: ceo\n```\n"

    @Test func fencesBecomeDiagramsWithUniqueIDsPerPage() throws {
        let site = try TestSupport.makeSite(["index.md": "# Home\n\n" + Self.chart + "\n" + Self.chart])
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let html = try TestSupport.read(site.appendingPathComponent("Public/index.html"))
        #expect(html.components(separatedBy: "<svg").count == 3)
        #expect(html.contains("id=\"d1-"))
        #expect(html.contains("id=\"d2-"))
        #expect(html.contains(">Customers<"))
    }

    @Test func dataErrorsPointIntoTheMarkdownFile() throws {
        let broken = "---\ntitle: Org\n---\n\n```orgchart\nunits:\n  - id: ceo\n    name: CEO\n    parent: nobody\n```\n"
        let site = try TestSupport.makeSite(["index.md": "# Home\n", "org.md": broken])
        let diagnostics = TestSupport.diagnostics { _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build() }
        #expect(diagnostics.count >= 1)
        #expect(diagnostics.first?.location?.path.hasSuffix("Content/org.md") == true)
        #expect((diagnostics.first?.location?.line ?? 0) >= 6)
    }

    @Test func aChangedDataFileRedrawsThePagesThatReadIt() throws {
        let site = try TestSupport.makeSite([
            "index.md": "# Home\n",
            "team/index.md": "# Team\n\n```orgchart\nsrc: team.csv\n```\n",
            "team/other.md": "# Other\n\nNo diagram.\n",
            "team/team.csv": "id,name,parent\nceo,Chief Executive,\n",
        ])
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        let data = site.appendingPathComponent("Content/team/team.csv")
        try TestSupport.write("id,name,parent\nceo,Chief Executive,\ncoo,Operations,ceo\n", to: data)
        let report = try builder.rebuild(changedPaths: [data])
        #expect(report.changedOutputs == ["team/index.html"])
        #expect(try TestSupport.read(site.appendingPathComponent("Public/team/index.html")).contains(">Operations<"))
    }

    @Test func aFullBuildRereadsDataFiles() throws {
        let site = try TestSupport.makeSite([
            "index.md": "# Home\n\n```orgchart\nsrc: team.csv\n```\n",
            "team.csv": "id,name,parent\nceo,Chief Executive,\n",
        ])
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        try TestSupport.write(
            "id,name,parent\nceo,Chief Executive,\nfin,Finance,ceo\n", to: site.appendingPathComponent("Content/team.csv"))
        _ = try builder.build()
        #expect(try TestSupport.read(site.appendingPathComponent("Public/index.html")).contains(">Finance<"))
    }

    @Test func decisionTreeLinksAreRewrittenToPageURLs() throws {
        let tree =
            "```decision-tree\nquestion: Dedicated team?\nanswers:\n  - label: \"Yes\"\n    outcome: Centre of excellence\n    link: coe.md\n  - label: \"No\"\n    outcome: Everyone\n```\n"
        let site = try TestSupport.makeSite(["index.md": "# Home\n", "models/choose.md": "# Choose\n\n" + tree, "models/coe.md": "# CoE\n"])
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let html = try TestSupport.read(site.appendingPathComponent("Public/models/choose/index.html"))
        #expect(html.contains("../../models/coe/"))
        #expect(!html.contains("\"coe.md\""))
    }

    @Test func theBundledPlaybookChecksClean() throws {
        let root = TestSupport.packageRoot
        let result = try TestSupport.run(["check"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func renderDrawsADataFileAsSVG() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("kind: orgchart\nunits:\n  - id: a\n    name: Alpha\n", to: folder.appendingPathComponent("org.yaml"))
        let result = try TestSupport.run(["render", "org.yaml", "-o", "org.svg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try TestSupport.read(folder.appendingPathComponent("org.svg"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Alpha"))
        let printed = try TestSupport.run(["render", "org.yaml"], in: folder)
        #expect(printed.stdout == svg)
    }
}

/// A fence named almost like a diagram kind is a warning with the right name.
@Suite struct MisspeltFenceTests {
    @Test func misspeltKindsAreWarnedWithTheirFix() throws {
        let body = "# P\n\n```org-chart\nunits: []\n```\n\n```Decision_Tree\nx\n```\n\n```swift\nlet x = 1\n```\n\n```orgchrt\nx\n```\n"
        let site = try TestSupport.makeSite(["index.md": body])
        let report = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let warnings = report.warnings.map(\.description)
        #expect(warnings.count == 3, "\(warnings)")
        #expect(
            warnings.contains {
                $0.contains("index.md:3:1: warning: `org-chart` is not a diagram kind") && $0.contains("did you mean `orgchart`?")
            })
        #expect(warnings.contains { $0.contains("`Decision_Tree`") && $0.contains("did you mean `decision-tree`?") })
        #expect(warnings.contains { $0.contains("`orgchrt`") && $0.contains("did you mean `orgchart`?") })
    }
}
