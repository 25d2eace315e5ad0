import Foundation
import Testing

@testable import OrgModel
@testable import ReportModel

/// The sample reports shipped in Content/reports load cleanly and meet the bar:
/// org charts of 40–150 units, one of them from CSV.
@Suite struct ReportSampleTests {
    static let contentReports: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Content/reports"
    }()

    @Test(arguments: ["harbourline-mutual", "fernhill-rowe"])
    func sampleReportLoads(slug: String) throws {
        let loaded = try ReportLoader.load(bundle: Self.contentReports + "/" + slug)
        let report = loaded.report
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(report.slug == slug)
        #expect((40...150).contains(report.current.units.count))
        #expect((40...150).contains(report.target.units.count))
        #expect(!report.findings.isEmpty && !report.recommendations.isEmpty && !report.sections.isEmpty)
        #expect(report.archetype.link?.hasPrefix("../../archetypes/") == true)
        #expect(report.maturity.target != nil)
    }

    @Test func oneSampleOrgChartComesFromCSV() throws {
        let loaded = try ReportLoader.load(bundle: Self.contentReports + "/fernhill-rowe")
        #expect(loaded.dependencies.contains { $0.hasSuffix("current.csv") })
        #expect(loaded.report.archetype.archetype == "Omnichannel organisation")
    }
}
