import Diagnostics
import Foundation
import Testing

@testable import Reports
@testable import Site

/// Paths of the repository the tests run in: the shipped templates and sample reports.
enum ReportRepository {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()
    static let templates = root.appendingPathComponent("Templates")
    static func sample(_ slug: String) -> String { root.appendingPathComponent("Content/reports/\(slug)").path }
    static let fixtures: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("reports")
}

/// `orgbook export`: one file that refers to nothing outside itself and is laid out for print.
@Suite struct ReportExportTests {
    @Test(arguments: ["harbourline-mutual", "fernhill-rowe"])
    func sampleExportRefersToNothingOutsideItself(slug: String) throws {
        let export = try ReportExporter.export(bundle: ReportRepository.sample(slug), templatesDirectory: ReportRepository.templates)
        let html = export.html
        #expect(SelfContainedHTML.externalReferences(in: html) == [])
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<svg"))
        #expect(export.warnings.isEmpty)
    }

    @Test func exportCarriesPrintRules() throws {
        let html = try ReportExporter.export(
            bundle: ReportRepository.sample("fernhill-rowe"),
            templatesDirectory: ReportRepository.templates
        ).html
        #expect(html.contains("size: A4"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.contains(#"@top-left { content: "Fernhill & Rowe"; }"#))
        #expect(html.contains(#"@top-right { content: "26 February 2026"; }"#))
        #expect(html.contains("counter(page)"))
    }

    @Test func exportDropsLinksToPlaybookPagesButKeepsAnchors() throws {
        let html = try ReportExporter.export(
            bundle: ReportRepository.sample("harbourline-mutual"),
            templatesDirectory: ReportRepository.templates
        ).html
        #expect(html.contains(##"<a href="#report-summary">"##))
        #expect(!html.contains("journey-based-organisation"))
        #expect(html.contains("Journey-based organisation"))
    }

    @Test func exportEmbedsImagesOfTheBundle() throws {
        let export = try ReportExporter.export(
            bundle: ReportRepository.fixtures.appendingPathComponent("content/reports/acme").path,
            templatesDirectory: ReportRepository.templates)
        #expect(export.html.contains(#"src="data:image/png;base64,"#))
        #expect(export.html.contains(#"<span class="image-placeholder">missing chart</span>"#))
        #expect(SelfContainedHTML.externalReferences(in: export.html) == [])
    }

    @Test func exportOfABrokenReportThrowsItsDiagnostics() {
        let bundle = ReportRepository.fixtures.appendingPathComponent("broken").path
        do {
            _ = try ReportExporter.export(bundle: bundle, templatesDirectory: ReportRepository.templates)
            Issue.record("export succeeded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.message)" }
                    == ["4:7: date '2026-13-01' is not a real day written YYYY-MM-DD"])
        }
    }

    @Test func missingTemplatesFolderIsAClearError() {
        do {
            _ = try ReportExporter.export(
                bundle: ReportRepository.sample("fernhill-rowe"),
                templatesDirectory: URL(fileURLWithPath: "/nonexistent-templates"))
            Issue.record("export succeeded")
        } catch {
            #expect(error.diagnostics.first?.message == "cannot read /nonexistent-templates/report.mustache")
        }
    }
}
