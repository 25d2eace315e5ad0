import Diagnostics
import Export
import Foundation
import Testing

@testable import Site

/// No output of `build` or `export` may hold a value a chart marks `private:`: the build
/// fails, names the file and the field, and writes nothing.
@Suite struct PrivateOutputGuardTests {
    static let people =
        "id,name,manager,title,unit,cost\n1,Ana Ruiz,,CEO,HQ,91001\n2,Ben Odeh,1,CFO,Finance,52003\n3,Cyd Lamar,2,Analyst,Finance,30007\n"
    static let fence = "```orgchart\nsource: people.csv\nprivate: [name, cost]\nshow: [cost]\n```\n"

    private func site(mentioning text: String) throws -> URL {
        try TestSupport.makeSite([
            "index.md": "# Home\n\n[Team](team/)\n",
            "team/index.md": "# Team\n\n\(text)\n\n\(Self.fence)",
            "team/people.csv": Self.people,
        ])
    }

    @Test func aBuildWhosePageShowsAPrivateNameFailsAndWritesNothing() throws {
        let site = try site(mentioning: "Our CFO, Ben Odeh, leads finance.")
        let problems = TestSupport.diagnostics { _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build() }
        let messages = problems.map(\.message)
        #expect(messages.contains { $0.contains("Public/team/index.html") && $0.contains("'name'") }, "\(messages)")
        #expect(!messages.joined().contains("Odeh"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(".Public.staging").path))
    }

    @Test func aFailedBuildKeepsTheLastGoodSiteAndExitsNonZero() throws {
        let site = try site(mentioning: "Our CFO leads finance.")
        let first = try TestSupport.run(["build"], in: site)
        #expect(first.status == 0, "\(first.stderr)")
        let before = TestSupport.snapshot(site.appendingPathComponent("Public"))
        let built = before.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for secret in ["Ana Ruiz", "Odeh", "52,003", "91,001"] { #expect(!built.contains(secret), "\(secret)") }
        try TestSupport.write("# Team\n\nAna Ruiz runs it.\n\n\(Self.fence)", to: site.appendingPathComponent("Content/team/index.md"))
        let second = try TestSupport.run(["build"], in: site)
        #expect(second.status != 0)
        #expect(second.stderr.contains("team/index.html") && second.stderr.contains("'name'"), "\(second.stderr)")
        #expect(TestSupport.snapshot(site.appendingPathComponent("Public")) == before)
    }

    @Test func aPrivateCostInASiteZipFailsTheExport() throws {
        let site = try site(mentioning: "The CFO costs 52,003 a year.")
        let result = try TestSupport.run(["export", "--site", "Content", "-o", "site.zip"], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("'cost'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("site.zip").path))
    }

    @Test func dataFilesAreNeverCopiedIntoTheSiteOrItsZip() throws {
        let site = try TestSupport.makeSite([
            "index.md": "# Home\n\n![Logo](logo.png)\n\n```orgchart\nsrc: chart.yaml\n```\n",
            "chart.yaml": "kind: orgchart\nsource: current.csv\n",
            "current.csv": Self.people,
            "export.xlsx": "not really a workbook",
            "logo.png": "png",
        ])
        let report = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(report.warnings.allSatisfy { $0.severity != .error })
        let files = TestSupport.snapshot(site.appendingPathComponent("Public")).keys
        #expect(files.contains("logo.png"))
        #expect(!files.contains { [".csv", ".yaml", ".yml", ".xlsx"].contains(where: $0.hasSuffix) }, "\(files.sorted())")
        let archive = try SiteArchive.export(
            contentDirectory: site.appendingPathComponent("Content"), templatesDirectory: site.appendingPathComponent("Templates"),
            includeDrafts: false, includeReports: false)
        let (names, _) = try ClientBundleTests.scan(archive.zip, for: [])
        #expect(names.contains("logo.png"))
        #expect(!names.contains { [".csv", ".yaml", ".yml", ".xlsx"].contains(where: $0.hasSuffix) }, "\(names)")
    }

    @Test func aRebuildThatWouldShowAPrivateNameLeavesThePageAsItWas() throws {
        let site = try site(mentioning: "Our CFO leads finance.")
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        let page = site.appendingPathComponent("Public/team/index.html")
        let before = try TestSupport.read(page)
        let source = site.appendingPathComponent("Content/team/index.md")
        try TestSupport.write("# Team\n\nCyd Lamar joined.\n\n\(Self.fence)", to: source)
        let problems = TestSupport.diagnostics { _ = try builder.rebuild(changedPaths: [source]) }
        #expect(problems.contains { $0.message.contains("team/index.html") && $0.message.contains("'name'") }, "\(problems)")
        #expect(try TestSupport.read(page) == before)
    }

    /// `orgbook render FILE.md` prints or writes the page's HTML: it is checked like a
    /// built page, and nothing is printed or written when it would hold a private value.
    @Test(arguments: [[], ["-o", "team.html"]])
    func renderingAPageThatShowsAPrivateNameFails(output: [String]) throws {
        let site = try site(mentioning: "Our CFO, Ben Odeh, leads finance.")
        let result = try TestSupport.run(["render", "Content/team/index.md"] + output, in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("'name'"), "\(result.stderr)")
        #expect(!result.stdout.contains("Odeh") && !result.stderr.contains("Odeh"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("team.html").path))
    }

    @Test func renderingAPageThatKeepsItsSecretsPrints() throws {
        let site = try site(mentioning: "Our CFO leads finance.")
        let result = try TestSupport.run(["render", "Content/team/index.md"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<svg") && !result.stdout.contains("Odeh"))
    }
}
