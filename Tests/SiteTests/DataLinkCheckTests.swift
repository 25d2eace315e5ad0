import Diagnostics
import Foundation
import Testing

@testable import Site

/// Links written in data — decision-tree outcomes in pages and reports, a report's maturity
/// page — go through the same check as Markdown links: errors in `check`, warnings in
/// `build`, each at the line of the data that wrote it.
@Suite struct DataLinkCheckTests {
    /// The full starter (pages, a tree file, a report walking it) in a temporary folder.
    static func starter() throws -> URL {
        let site = try TestSupport.temporaryFolder().appendingPathComponent("site")
        try SiteScaffold.create(at: site)
        return site
    }

    static func check(_ site: URL) -> [Diagnostic] {
        SiteBuilder(configuration: TestSupport.configuration(site)).check()
    }

    @Test func theStarterHasNoBrokenDataLinks() throws {
        #expect(Self.check(try Self.starter()).isEmpty)
    }

    @Test func aReportWhoseOutcomePageIsMissingFailsCheckAtTheTreeLine() throws {
        let site = try Self.starter()
        // The sample report's route ends at "Journey teams"; its tree links to this page.
        try FileManager.default.removeItem(at: site.appendingPathComponent("Content/models/journey-teams.md"))
        let problems = Self.check(site).filter { $0.message.contains("journey-teams.md") }
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.severity == .error)
        #expect(problems.first?.location?.path.hasSuffix("Content/models/model-tree.yaml") == true)
        #expect(problems.first?.location?.line == 16)
        let build = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(build.warnings.contains { $0.message.contains("journey-teams.md") && $0.severity == .warning })
    }

    @Test func anInlineTreeOutcomeLinkIsCheckedAtItsLineInThePage() throws {
        let site = try Self.starter()
        let page = site.appendingPathComponent("Content/guide/diagrams.md")
        let text = try TestSupport.read(page).replacingOccurrences(of: "../models/everyones-job.md", with: "../models/nobody.md")
        try TestSupport.write(text, to: page)
        let problems = Self.check(site)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.message == "link to a missing page `models/nobody.md`")
        #expect(problems.first?.location?.path.hasSuffix("Content/guide/diagrams.md") == true)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("models/nobody.md") }.map {
            $0 + 1
        }
        #expect(problems.first?.location?.line == line)
    }

    @Test func aReportMaturityLinkToAMissingPageFailsCheck() throws {
        let site = try Self.starter()
        let report = site.appendingPathComponent("Content/reports/sample-client/report.yaml")
        let text = try TestSupport.read(report).replacingOccurrences(
            of: "  target: Managed\n", with: "  target: Managed\n  link: ../stages.md\n")
        try TestSupport.write(text, to: report)
        let problems = Self.check(site)
        #expect(problems.map(\.message) == ["link to a missing page `reports/stages.md`"])
        #expect(problems.first?.location?.line == 16)
    }
}

extension DataLinkCheckTests {
    @Test func aBrokenLinkInATreeSeveralPagesDrawIsOneWarningInBuild() throws {
        let site = try Self.starter()
        // models/index.md draws the tree and the sample report walks it: two pages, one link.
        try FileManager.default.removeItem(at: site.appendingPathComponent("Content/models/journey-teams.md"))
        let report = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(report.warnings.filter { $0.message.contains("journey-teams.md") }.count == 1, "\(report.warnings)")
    }
}
