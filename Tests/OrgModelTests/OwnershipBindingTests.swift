import Diagnostics
import Foundation
import Testing

@testable import OrgData
@testable import OrgModel

/// Matrix columns bound to units and people of an org chart: `org:`, `unit:`, `person:`
/// and `columns: {from:}`, standalone and in a report.
@Suite struct OwnershipBindingTests {
    static let chart = """
        kind: orgchart
        units:
          - { id: ceo, name: Chief Executive }
          - { id: cco, name: Customer Office, parent: ceo }
          - { id: coe, name: CX centre of excellence, parent: cco }
          - { id: journeys, name: Journey owners, parent: cco }
          - { id: ops, name: Operations, parent: ceo }
          - { id: it, name: IT, parent: ops }

        """

    private func load(_ matrix: String, files: [String: String] = [:]) throws -> LoadedDocument {
        let folder = try TemporaryFolder(files: ["org.yaml": Self.chart, "matrix.yaml": matrix].merging(files) { _, new in new })
        defer { folder.cleanUp() }
        return try OrgDataLoader.load(file: folder.path + "/matrix.yaml")
    }

    private func failures(_ matrix: String) -> [String] {
        problemsWithHints { try load(matrix) }.map { line in
            // Keep the file name only: the folder is a fresh temporary one.
            line.split(separator: "/").last.map(String.init) ?? line
        }
    }

    @Test func columnsBoundByUnitLoad() throws {
        let matrix = try #require(
            try load(
                """
                kind: ownership-matrix
                legend: raci
                org: org.yaml
                columns:
                  - { id: c, name: CoE, unit: coe }
                  - { id: o, name: Operations, unit: ops }
                rows:
                  - { task: Scorecard, cells: { c: [A, R], o: C } }
                """
            ).matrix)
        #expect(matrix.columns.map(\.unit) == ["coe", "ops"])
        #expect(matrix.orgFile?.hasSuffix("/org.yaml") == true)
    }

    @Test func unknownUnitIsReportedWithASuggestionAndItsTasks() {
        #expect(
            failures(
                """
                kind: ownership-matrix
                legend: raci
                org: org.yaml
                columns:
                  - { id: c, name: CoE, unit: coee }
                  - { id: o, name: Operations, unit: opps }
                rows:
                  - { task: Scorecard, cells: { c: [A, R], o: C } }
                """) == [
                    "matrix.yaml:5:31: error: column 'c' names unit 'coee', which is not in 'org.yaml'; the column is accountable for 'Scorecard' — did you mean 'coe'?",
                    "matrix.yaml:6:38: error: column 'o' names unit 'opps', which is not in 'org.yaml' — did you mean 'ops'?",
                ])
    }

    @Test func aBoundColumnNeedsAChart() {
        #expect(
            failures("kind: ownership-matrix\nlegend: raci\ncolumns:\n  - { id: c, name: CoE, unit: coe }\nrows: []\n") == [
                "matrix.yaml:4:31: error: column 'c' names a unit or person, but the matrix names no org chart — add 'org: FILE' naming the org chart the columns belong to (in a report, the report's charts are used)"
            ])
    }

    @Test func anUnknownChartFileIsReportedAtTheKey() {
        let lines = problemsWithHints { try load("kind: ownership-matrix\nlegend: raci\norg: nowhere.yaml\ncolumns: []\nrows: []\n") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("/matrix.yaml:3:1: error:") == true, "\(lines)")
        #expect(lines.first?.contains("nowhere.yaml") == true)
    }

    @Test func columnsFromABranchAndALayer() throws {
        let branch = try #require(
            try load("kind: ownership-matrix\nlegend: raci\ncolumns: { from: org.yaml, branch: cco }\nrows: []\n").matrix)
        #expect(branch.columns.map(\.id) == ["coe", "journeys"])
        #expect(branch.columns.map(\.name) == ["CX centre of excellence", "Journey owners"])
        #expect(branch.columns.map(\.unit) == ["coe", "journeys"])
        let layer = try #require(try load("kind: ownership-matrix\nlegend: raci\ncolumns: { from: org.yaml, layer: 3 }\nrows: []\n").matrix)
        #expect(layer.columns.map(\.id) == ["coe", "journeys", "it"])
        let top = try #require(try load("kind: ownership-matrix\nlegend: raci\ncolumns: { from: org.yaml }\nrows: []\n").matrix)
        #expect(top.columns.map(\.id) == ["cco", "ops"])
    }

    @Test func columnsFromMistakes() {
        #expect(
            failures("kind: ownership-matrix\nlegend: raci\ncolumns: { from: org.yaml, branch: cc }\nrows: []\n") == [
                "matrix.yaml:3:36: error: unknown branch 'cc' — did you mean 'cco'?"
            ])
        #expect(
            failures("kind: ownership-matrix\nlegend: raci\ncolumns: { from: org.yaml, layer: top }\nrows: []\n") == [
                "matrix.yaml:3:35: error: 'layer' must be a whole number from 1 (the top), not 'top' — write 'layer: 2' for the units reporting to the top"
            ])
        #expect(
            failures("kind: ownership-matrix\nlegend: raci\ncolumns: { from: org.yaml, layer: 9 }\nrows: []\n") == [
                "matrix.yaml:3:10: error: 'columns: {from:}' picks no unit of 'org.yaml' — pick a 'layer' (1 is the top) or a 'branch' that has units under it"
            ])
    }

    @Test func personColumnsBindToThePeopleOfAChart() throws {
        let people = "kind: orgchart\npeople:\n  - { id: p1, name: Ada }\n  - { id: p2, name: Ben, manager: p1 }\n"
        let matrix =
            "kind: ownership-matrix\nlegend: raci\norg: people.yaml\ncolumns:\n  - { id: a, name: Ada, person: p1 }\n  - { id: b, name: Ben, person: p3 }\nrows: []\n"
        let lines = problemsWithHints { try load(matrix, files: ["people.yaml": people]) }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("column 'b' names person 'p3', who is not in 'people.yaml'") == true)
    }

    @Test func inAReportColumnsBindToTheReportsCharts() {
        let matrix =
            "kind: ownership-matrix\nlegend: raci\ncolumns:\n  - { id: s, name: Service, unit: service }\n  - { id: x, name: Nobody, unit: sales_x }\nrows:\n  - { task: T, cells: { s: [A, R] } }\n"
        #expect(
            ReportBundle.errors(ReportBundle.report, extra: ["reports/acme/matrix.yaml": matrix]) == [
                "matrix.yaml:5:34: column 'x' names unit 'sales_x', which is not in the target org chart or today's org chart"
            ])
    }
}
