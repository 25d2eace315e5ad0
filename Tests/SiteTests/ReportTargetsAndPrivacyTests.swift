import Diagnostics
import Foundation
import Testing

@testable import Reports
@testable import Site

/// A report's `targets:` show on its page (and so in the HTML and PDF exports) as findings
/// and in the metrics; its exports refuse to hold a private value.
@Suite struct ReportTargetsAndPrivacyTests {
    /// The sample content in a temporary folder, with `change` applied to Harbourline's bundle.
    private func bundle(_ change: (URL) throws -> Void) throws -> String {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(
            at: ReportRepository.root.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        let bundle = folder.appendingPathComponent("Content/reports/harbourline-mutual")
        try change(bundle)
        return bundle.path
    }

    private func append(_ text: String, to file: URL) throws {
        try TestSupport.write(try TestSupport.read(file) + text, to: file)
    }

    @Test func breachesShowAsFindingsBeforeAndAfterAndInTheMetrics() throws {
        let path = try bundle {
            try append("targets: {span: {min: 3, max: 6}, layers: {max: 3}}\n", to: $0.appendingPathComponent("report.yaml"))
        }
        let html = try ReportExporter.export(bundle: path, templatesDirectory: ReportRepository.templates).html
        let findings = try #require(html.range(of: "id=\"report-findings\"")).upperBound
        let recommendations = try #require(html.range(of: "id=\"report-recommendations\"")).lowerBound
        let section = String(html[findings..<recommendations])
        #expect(
            section.contains("Today&#39;s organisation misses its targets") || section.contains("Today's organisation misses its targets"))
        #expect(section.contains("The target organisation misses its targets"))
        #expect(section.contains("<li>Financial control (finance): span 2, target at least 3</li>"))
        #expect(html.contains("Breaches of targets"))
    }

    @Test func anExportThatWouldShowAPrivateNameFailsNamingTheFileAndField() throws {
        let path = try bundle { folder in
            try TestSupport.write(
                "id,name,manager,unit\n1,Ana Ruiz,,HQ\n2,Ben Odeh,1,Finance\n", to: folder.appendingPathComponent("team.csv"))
            try self.append(
                "\nAna Ruiz will lead it.\n\n```orgchart\nsource: team.csv\nprivate: [name]\n```\n",
                to: folder.appendingPathComponent("roadmap.md"))
        }
        do {
            _ = try ReportExporter.export(bundle: path, templatesDirectory: ReportRepository.templates, output: "harbourline.html")
            Issue.record("exported")
        } catch {
            let message = error.diagnostics.map(\.message).joined()
            #expect(message.contains("harbourline.html") && message.contains("'name'"), "\(message)")
            #expect(!message.contains("Ruiz"))
        }
    }
}
