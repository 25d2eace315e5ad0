import Foundation
import Testing

/// The bundled Harbourline report as a user meets it: the tables connecting its matrix,
/// charts and tree on the page, `check --strict` failing on a planted removal of an
/// accountable unit, and the change list CSV read back by Python's csv module.
@Suite struct EngagementModelTests {
    /// A copy of the bundled playbook and templates in a temporary folder.
    static func copyOfPlaybook() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        for part in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: TestSupport.packageRoot.appendingPathComponent(part),
                to: folder.appendingPathComponent(part))
        }
        return folder
    }

    static let bundle = "Content/reports/harbourline-mutual"

    @Test func harbourlineShowsWhoGainsWhichTaskAndTheWhatIf() throws {
        let site = try Self.copyOfPlaybook()
        let result = try TestSupport.run(["build", "--output", "Out"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try TestSupport.read(site.appendingPathComponent("Out/reports/harbourline-mutual/index.html"))
        #expect(page.contains(#"<table class="ownership-transfers">"#))
        #expect(
            page.contains(
                #"<tr class="transfer"><th scope="rowgroup" rowspan="4">Journey NPS and effort measurement</th><td><abbr title="Accountable">A</abbr> Accountable</td><td>Marketing</td><td>CX CoE</td></tr>"#
            ))
        #expect(
            page.contains(
                #"<tr class="transfer"><td><abbr title="Responsible">R</abbr> Responsible</td><td>Marketing</td><td>CX CoE</td></tr>"#))
        #expect(
            page.contains(
                #">Monthly journey scorecard</th><td><abbr title="Accountable">A</abbr> Accountable</td><td><span class="transfer-new">New task</span></td>"#
            ))
        #expect(page.contains(#"<table class="what-if">"#))
        #expect(page.contains(#"class="orgbook-diagram orgbook-ownership-transfer""#))
        #expect(page.contains(#"class="orgbook-diagram orgbook-ownership-workload""#))
        // Fernhill's one matrix names no units: nothing can be said about who gains what.
        let fernhill = try TestSupport.read(site.appendingPathComponent("Out/reports/fernhill-rowe/index.html"))
        #expect(!fernhill.contains("report-ownership-changes"))
        #expect(fernhill.contains(#"class="orgbook-diagram orgbook-ownership-workload""#))
        #expect(page.contains("<td>Contract-based B2C or B2B</td><td>Transaction-based B2C or B2B2C</td><td>Omnichannel organisation</td>"))
    }

    @Test func removingAnAccountableUnitFromTheTargetFailsStrictCheckNamingTheTask() throws {
        let site = try Self.copyOfPlaybook()
        #expect(try TestSupport.run(["check", "--strict"], in: site).status == 0)
        // Plant the removal: the retention journeys unit and its teams leave the target.
        let target = site.appendingPathComponent("\(Self.bundle)/target.yaml")
        let kept = try TestSupport.read(target).components(separatedBy: "\n")
            .filter { !$0.contains("id: ret,") && !$0.contains("parent: ret }") }
            .map { $0.replacingOccurrences(of: ", dotted: [ret]", with: "") }
        try TestSupport.write(kept.joined(separator: "\n"), to: target)
        let result = try TestSupport.run(["check", "--strict"], in: site)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "ownership.yaml:10:39: error: column 'ret' names unit 'ret', which is not in the target org chart; the column is accountable for 'Renewal offers and save calls'"
            ),
            "\(result.stderr)")
    }

    @Test func aLoneMatrixWarnsOfLostAccountableUnitsAndStrictFails() throws {
        let site = try Self.copyOfPlaybook()
        // Today's matrix alone: the units it names that the target drops lose their tasks.
        let report = site.appendingPathComponent("\(Self.bundle)/report.yaml")
        let text = try TestSupport.read(report)
            .replacingOccurrences(of: "  current: current-ownership.yaml\n  target: ownership.yaml\n", with: "")
            .replacingOccurrences(
                of: "ownership:                       # who owns which task today and in the target org",
                with: "ownership: current-ownership.yaml")
        try TestSupport.write(text, to: report)
        let plain = try TestSupport.run(["check"], in: site)
        #expect(plain.status == 0, "\(plain.stderr)")
        let lost = "task 'Complaint and call-reason analysis' loses its accountable unit 'Customer service (svc)': not in the target org"
        #expect(plain.stderr.contains("current-ownership.yaml:16:9: warning: \(lost)"), "\(plain.stderr)")
        let strict = try TestSupport.run(["check", "--strict"], in: site)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: \(lost)"))
    }

    @Test func theChangeListCSVListsTasksThatChangeHands() throws {
        let site = try Self.copyOfPlaybook()
        let result = try TestSupport.run(["export", Self.bundle, "-o", "changes.csv"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let script = """
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            for row in rows:
                if row['change'].startswith(('accountable', 'responsible')):
                    print('|'.join([row['name'], row['change'], row['from'], row['to']]))
            print('units', sum(1 for row in rows if row['id']))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, site.appendingPathComponent("changes.csv").path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Journey NPS and effort measurement|accountable changed|Marketing|CX CoE"))
        #expect(lines.contains("Journey redesign sprints|responsible changed|Distribution|CX CoE; Sales; Servicing; Retention"))
        #expect(lines.contains("Monthly journey scorecard|accountable added||CX CoE"))
        // The units' own changes come first, as `render --changes` writes them.
        #expect(lines.last.map { $0.hasPrefix("units ") && $0 != "units 0" } == true)
    }

    @Test func aPlantedDoubleAccountableNamesBothColumnsAndFailsStrict() throws {
        let site = try TestSupport.copySite("valid")
        let page =
            "---\ntitle: RACI\n---\n\n```ownership-matrix\nlegend: raci\ncolumns:\n  - { id: coe, name: CX centre }\n  - { id: bu, name: Business units }\nrows:\n  - { task: Journey scorecard, cells: { coe: [A, R], bu: A } }\n```\n"
        try TestSupport.write(page, to: site.appendingPathComponent("Content/guide/raci.md"))
        let message = "warning: task 'Journey scorecard' has 2 'A' codes ('CX centre', 'Business units'); RACI needs exactly one"
        let plain = try TestSupport.run(["check"], in: site)
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("Content/guide/raci.md:11:5: \(message)"), "\(plain.stderr)")
        let strict = try TestSupport.run(["check", "--strict"], in: site)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: task 'Journey scorecard' has 2 'A' codes ('CX centre', 'Business units')"))
    }
}
