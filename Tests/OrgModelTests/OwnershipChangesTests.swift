import Diagnostics
import Foundation
import Testing

@testable import OrgData
@testable import OrgModel
@testable import ReportModel

/// Who gains and who loses which task between today's org and the target one, and the
/// warnings a report gives for tasks that lose their accountable unit.
@Suite struct OwnershipChangesTests {
    private func chart(_ ids: [String]) -> OrgChart {
        OrgChart(
            title: nil, units: [OrgUnit(id: "ceo", name: "CEO")] + ids.map { OrgUnit(id: $0, name: $0.uppercased(), parent: "ceo") },
            rootID: "ceo")
    }

    private func matrix(_ columns: [(String, String)], _ rows: [(String, [String: [String]])]) -> OwnershipMatrix {
        OwnershipMatrix(
            title: nil, legend: [], columns: columns.map { MatrixColumn(id: $0.0, name: $0.0.capitalized, unit: $0.1) },
            groups: [MatrixRowGroup(name: nil, rows: rows.map { MatrixRow(task: $0.0, cells: $0.1) })], isRACI: true
        )
        .withRACILegend
    }

    @Test func twoMatricesListWhoGainsWhatByLetter() {
        let today = matrix(
            [("mkt", "mkt"), ("svc", "svc")], [("Survey", ["mkt": ["A", "R"], "svc": ["I"]]), ("Training", ["svc": ["A", "R"]])])
        let target = matrix(
            [("coe", "coe"), ("base", "base")],
            [
                ("Survey", ["coe": ["A", "R"], "base": ["I"]]), ("Training", ["base": ["A"], "coe": ["R"]]),
                ("Scorecard", ["coe": ["A", "R"]]),
            ])
        let changes = OwnershipChanges(current: today, target: target, before: chart(["mkt", "svc"]), after: chart(["coe", "base"]))
        let lines = changes.transfers.map { "\($0.task) \($0.code): \($0.from.map(\.name)) → \($0.to.map(\.name))" }
        #expect(
            lines == [
                "Survey R: [\"Mkt\"] → [\"Coe\"]",
                "Survey A: [\"Mkt\"] → [\"Coe\"]",
                "Survey I: [\"Svc\"] → [\"Base\"]",
                "Training R: [\"Svc\"] → [\"Coe\"]",
                "Training A: [\"Svc\"] → [\"Base\"]",
                "Scorecard R: [] → [\"Coe\"]",
                "Scorecard A: [] → [\"Coe\"]",
            ])
        #expect(changes.losses.isEmpty)
        #expect(changes.tasksLosingAccountable.isEmpty)
    }

    @Test func oneMatrixLosesTheCodesOfRemovedUnits() {
        let one = matrix(
            [("mkt", "mkt"), ("ops", "ops")], [("Survey", ["mkt": ["A"], "ops": ["R"]]), ("Releases", ["ops": ["A", "R"]])])
        let changes = OwnershipChanges(current: nil, target: one, before: chart(["mkt", "ops"]), after: chart(["ops"]))
        #expect(changes.transfers.map { "\($0.task) \($0.code) \($0.from.map(\.key)) \($0.to.map(\.key))" } == ["Survey A [\"mkt\"] []"])
        #expect(changes.losses.map { "\($0.task) \($0.code) \($0.removed.map(\.key))" } == ["Survey A [\"mkt\"]"])
        #expect(changes.tasksLosingAccountable == ["Survey"])
    }

    @Test func aTaskDroppedFromTheTargetWithItsUnitIsALoss() {
        let today = matrix([("mkt", "mkt")], [("Survey", ["mkt": ["A", "R"]])])
        let target = matrix([("coe", "coe")], [("Scorecard", ["coe": ["A", "R"]])])
        let changes = OwnershipChanges(current: today, target: target, before: chart(["mkt"]), after: chart(["coe"]))
        #expect(changes.losses.map { "\($0.task) \($0.code)" } == ["Survey R", "Survey A"])
    }

    @Test func aReportWarnsOfATaskLosingItsAccountableUnit() throws {
        // One matrix over today's units; the target drops 'sales', accountable for 'Quotes'.
        let matrix =
            "kind: ownership-matrix\nlegend: raci\ncolumns:\n  - { id: s, name: Sales, unit: sales }\n  - { id: v, name: Service, unit: service }\nrows:\n  - { task: Quotes, cells: { s: A, v: R } }\n  - { task: Calls, cells: { v: [A, R] } }\n"
        let warnings = try ReportBundle.with(extra: ["reports/acme/matrix.yaml": matrix]) { path in
            try ReportLoader.load(file: path).warnings.map {
                "\(($0.location?.path as NSString?)?.lastPathComponent ?? "-"):\($0.location?.line ?? 0): \($0.message)"
            }
        }
        #expect(warnings == ["matrix.yaml:7: task 'Quotes' loses its accountable unit 'Sales (sales)': not in the target org"])
    }

    @Test func aReportReadsTodaysAndTheTargetMatrices() throws {
        let today =
            "kind: ownership-matrix\nlegend: raci\ncolumns:\n  - { id: s, name: Sales, unit: sales }\nrows:\n  - { task: Quotes, cells: { s: [A, R] } }\n"
        let target =
            "kind: ownership-matrix\nlegend: raci\ncolumns:\n  - { id: c, name: Customer office, unit: cco }\nrows:\n  - { task: Quotes, cells: { c: [A, R] } }\n"
        let report = ReportBundle.replacing("ownership:", with: "ownership: { current: today.yaml, target: matrix.yaml }")
        let loaded = try ReportBundle.with(report: report, extra: ["reports/acme/today.yaml": today, "reports/acme/matrix.yaml": target]) {
            path in
            try ReportLoader.load(file: path)
        }
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.report.currentOwnership?.columns.map(\.unit) == ["sales"])
        #expect(
            loaded.report.ownershipChanges.transfers.map { "\($0.code): \($0.from.map(\.key)) → \($0.to.map(\.key))" } == [
                "R: [\"sales\"] → [\"cco\"]", "A: [\"sales\"] → [\"cco\"]",
            ])
        // Today's matrix binds to today's chart only: 'cco' is not in it.
        let wrong = ReportBundle.errors(report, extra: ["reports/acme/today.yaml": target])
        #expect(
            wrong == [
                "today.yaml:4:43: column 'c' names unit 'cco', which is not in today's org chart; the column is accountable for 'Quotes'"
            ])
    }

    @Test func whatIfListsWhereTheOtherAnswersLead() throws {
        let tree = try #require(try loadInline(ReportBundle.tree, kind: .decisionTree).tree)
        var routed = tree
        routed.path = ["No", "Contract-based"]
        #expect(
            routed.whatIfs.map { "\($0.step) \($0.given) → \($0.alternative): \($0.outcomes.map(\.archetype))" } == [
                "1 No → Yes: [\"CX centre of excellence\"]",
                "2 Contract-based → Transaction-based: [\"Omnichannel organisation\"]",
            ])
        routed.path = ["Yes"]
        #expect(
            routed.whatIfs.map { "\($0.alternative): \($0.outcomes.map(\.archetype))" } == [
                "No: [\"Journey-based organisation\", \"Omnichannel organisation\"]"
            ])
    }
}

extension OwnershipMatrix {
    /// The same matrix with the RACI legend (tests build matrices by hand).
    var withRACILegend: OwnershipMatrix {
        var copy = self
        copy.legend = OwnershipMatrixYAMLReader.raciLegend
        return copy
    }
}
