import Foundation
import Testing

@testable import OrgModel
@testable import ReportModel

/// `targets:` on a report: every breach of today's chart and of the target is a finding,
/// listed by name, and counted in the before/after metrics.
@Suite struct ReportTargetFindingsTests {
    private func load(_ report: String, extra: [String: String] = [:]) throws -> Report {
        try ReportBundle.with(report: report, extra: extra) { try ReportLoader.load(file: $0) }.report
    }

    @Test func breachesOfTheReportsTargetsAreFindingsBeforeAndAfter() throws {
        let report = try load(ReportBundle.report + "targets: {span: {min: 3}, layers: {max: 2}}\n")
        #expect(
            report.findings.map(\.title) == [
                "Split renewals", "Today's organisation misses its targets once",
                "The target organisation misses its targets 3 times",
            ])
        #expect(
            report.findings[1].detail
                == "Checked against spans of at least 3 and at most 2 layers:\n\n- CEO \\(ceo\\): span 2, target at least 3\n")
        #expect(report.findings[2].detail.contains("- CCO \\(cco\\): span 1, target at least 3\n"))
        #expect(report.findings[2].detail.contains("- Service \\(service\\): layer 3, target at most 2 layers\n"))
        let breaches = report.orgDiff.metricDeltas().first { $0.key == "breaches" }
        #expect(breaches?.before == 1)
        #expect(breaches?.after == 3)
    }

    @Test func aChartsOwnTargetsWinOverTheReports() throws {
        let target =
            "targets: {span: {max: 5}}\nunits:\n  - { id: ceo, name: CEO }\n  - { id: cco, name: CCO, parent: ceo }\n  - { id: service, name: Service, parent: cco }\n"
        let report = try load(
            ReportBundle.report + "targets: {span: {min: 3}}\n", extra: ["reports/acme/target.yaml": target])
        #expect(report.target.settings.targets == OrgTargets(spanMax: 5))
        #expect(report.findings.map(\.title) == ["Split renewals", "Today's organisation misses its targets once"])
    }

    @Test func noTargetsNoFindings() throws {
        #expect(try load(ReportBundle.report).findings.count == 1)
    }

    @Test func aBadReportTargetIsAnErrorAtItsPlace() {
        #expect(ReportBundle.errors(ReportBundle.report + "targets: {span: {min: many}}\n").contains { $0.contains("many") })
    }

    @Test func namesInBreachesCannotTurnIntoMarkdown() {
        #expect(Report.markdownText("R&D *core* [x]_1") == "R\\&D \\*core\\* \\[x\\]\\_1")
    }

    @Test func aReportFromTwoBambooHRExportsListsBreachesMetricsAndChanges() throws {
        let before = ExportGenerator(count: 1_500, seed: 29)
        let after = before.reorganised(seed: 4)
        let chart = { (file: String) in "kind: orgchart\nsource: \(file)\npreset: bamboohr\ngroup-by: unit\n" }
        let report = try load(
            ReportBundle.report.replacingOccurrences(of: "target: target.yaml", with: "target: after.yaml")
                .replacingOccurrences(of: "current: current.csv", with: "current: before.yaml")
                + "targets: {span: {min: 4, max: 12}, layers: {max: 3}}\n",
            extra: [
                "reports/acme/before.csv": before.bambooCSV(), "reports/acme/after.csv": after.bambooCSV(),
                "reports/acme/before.yaml": chart("before.csv"), "reports/acme/after.yaml": chart("after.csv"),
            ])
        let breaches = (report.current.targetBreaches().count, report.target.targetBreaches().count)
        #expect(breaches.0 > 0 && breaches.1 > 0)
        #expect(report.findings.filter { $0.title.contains("misses its targets") }.count == 2)
        let rows = Dictionary(uniqueKeysWithValues: report.orgDiff.metricDeltas().map { ($0.key, $0) })
        #expect(rows["breaches"]?.before == Double(breaches.0))
        #expect(rows["breaches"]?.after == Double(breaches.1))
        #expect(rows["headcount"]?.delta == -10)
        let csv = ChangeListCSV.write(report.orgDiff)
        #expect(csv.split(whereSeparator: \.isNewline).count > 40)
        #expect(csv.contains(",added,"))
    }
}
