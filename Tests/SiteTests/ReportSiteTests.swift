import Diagnostics
import Foundation
import Testing

@testable import Reports
@testable import Site

/// Report bundles in a site build: one page each with the report layout, sections that are
/// not pages of their own, an index listing every report, errors that stop the build, and
/// the `orgbook export` command.
@Suite(.serialized) struct ReportSiteTests {
    /// The report fixture content with the repository's templates, in a temporary folder.
    static func makeSite() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(
            at: ReportRepository.fixtures.appendingPathComponent("content"),
            to: folder.appendingPathComponent("Content"))
        try FileManager.default.copyItem(at: ReportRepository.templates, to: folder.appendingPathComponent("Templates"))
        return folder
    }

    @Test func aBundleBuildsIntoOneReportPage() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let report = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        // The section's missing image is checked like any page's link.
        #expect(report.warnings.map(\.message) == ["link to a missing file `nowhere.png`"])
        #expect(report.warnings.first?.location?.path.hasSuffix("reports/acme/notes.md") == true)
        let output = site.appendingPathComponent("Public")
        let html = try TestSupport.read(output.appendingPathComponent("reports/acme/index.html"))
        #expect(html.contains(#"<article class="report" data-report="acme">"#))
        #expect(html.contains("<h1>Acme Assurance</h1>"))
        #expect(ReportRenderTests.onPathNodes(html) == ["q", "archetype", "q.2.1"])
        // The archetype and the maturity page link to their playbook pages.
        #expect(html.contains(#"<a href="../../archetypes/journeys/">Journey-based organisation</a>"#))
        #expect(html.contains(#"<a href="../../running/maturity/">How the stages are defined</a>"#))
        #expect(html.contains("Notes from the workshop"))
        #expect(html.contains(#"href="../../assets/css/report.css""#))
        // The bundle's Markdown is a section of the report, not a page.
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("reports/acme/notes/index.html").path))
    }

    @Test func theIndexListsEveryReport() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let html = try TestSupport.read(site.appendingPathComponent("Public/reports/index.html"))
        #expect(html.contains(#"<th scope="row"><a href="../reports/acme/">Acme Assurance</a></th>"#))
        #expect(html.contains(#"<time datetime="2026-03-12">12 March 2026</time>"#))
        #expect(html.contains("<td>Journey-based organisation</td>"))
    }

    @Test func anInvalidReportStopsTheBuildWithItsPlace() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let file = site.appendingPathComponent("Content/reports/acme/report.yaml")
        let text = try TestSupport.read(file).replacingOccurrences(of: "current: Service-focused", with: "current: Service focused")
        try TestSupport.write(text, to: file)
        let problems = TestSupport.diagnostics { _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build() }
        #expect(problems.map(\.message) == ["unknown maturity stage 'Service focused'"])
        #expect(problems.first?.location.map { "\($0.line):\($0.column)" } == "18:12")
        #expect(problems.first?.location?.path.hasSuffix("Content/reports/acme/report.yaml") == true)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path))
    }

    @Test func editingTheReportDataRebuildsItsPage() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        let csv = site.appendingPathComponent("Content/reports/acme/current.csv")
        try TestSupport.write(try TestSupport.read(csv) + "legal,Legal,cfo,,\n", to: csv)
        let report = try builder.rebuild(changedPaths: [csv])
        #expect(report.changedOutputs.contains("reports/acme/index.html"))
        let html = try TestSupport.read(site.appendingPathComponent("Public/reports/acme/index.html"))
        #expect(html.contains("Today's chart has 6 units"))
    }

    @Test func exportCommandWritesOneSelfContainedFile() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try TestSupport.run(["export", "Content/reports/acme", "-o", "acme.html"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote acme.html"))
        let html = try TestSupport.read(site.appendingPathComponent("acme.html"))
        #expect(SelfContainedHTML.externalReferences(in: html) == [])
        #expect(ReportRenderTests.onPathNodes(html) == ["q", "archetype", "q.2.1"])
    }

    @Test func exportCommandReportsErrorsLikeACompiler() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let file = site.appendingPathComponent("Content/reports/acme/report.yaml")
        try TestSupport.write(
            try TestSupport.read(file).replacingOccurrences(
                of: #"answers: ["No", Contract-based]"#,
                with: #"answers: ["No", Franchise]"#), to: file)
        let result = try TestSupport.run(["export", "Content/reports/acme", "-o", "acme.html"], in: site)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "Content/reports/acme/report.yaml:7:17: error: answer 2 'Franchise' is not an answer of 'Business archetype?'"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("acme.html").path))
    }
}
