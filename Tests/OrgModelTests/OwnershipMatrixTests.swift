import Diagnostics
import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct OwnershipMatrixTests {
    @Test func readmeExampleLoads() throws {
        let loaded = try OrgDataLoader.load(file: fixture("readme-ownership-matrix.yaml"))
        let matrix = try #require(loaded.matrix)
        #expect(loaded.warnings.isEmpty)
        #expect(!matrix.isRACI)
        #expect(matrix.legend.map(\.code) == ["O", "S", "SH"])
        #expect(matrix.columns.map(\.id) == ["coe", "bu"])
        #expect(matrix.groups.map(\.name) == ["Measurement and insight", nil])
        #expect(matrix.groups[0].rows[0].cells == ["coe": ["O"], "bu": ["S"]])
        #expect(matrix.groups[1].rows[0].task == "CX plan")
        #expect(matrix.groups[1].rows[0].location?.line == 14)
    }

    private let columns = "columns:\n  - { id: coe, name: CoE }\n  - { id: bu, name: Business units }\n"

    @Test func raciShorthandAndCellLists() throws {
        let yaml =
            "legend: raci\n" + columns
            + "rows:\n  - { task: Plan, cells: { coe: [A, R], bu: C } }\n  - { task: Run, cells: { bu: [R, A] } }\n"
        let loaded = try loadInline(yaml, kind: .ownershipMatrix)
        let matrix = try #require(loaded.matrix)
        #expect(matrix.isRACI)
        #expect(matrix.legend.map(\.code) == ["R", "A", "C", "I"])
        #expect(matrix.groups.count == 1)
        #expect(matrix.groups[0].rows.map(\.cells) == [["coe": ["A", "R"], "bu": ["C"]], ["bu": ["R", "A"]]])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func raciRowWithoutExactlyOneAIsAWarning() throws {
        let yaml =
            "legend: raci\n" + columns
            + "rows:\n  - { task: Plan, cells: { coe: R, bu: C } }\n  - { task: Run, cells: { coe: A, bu: A } }\n"
        let loaded = try loadInline(yaml, kind: .ownershipMatrix, line: 10)
        #expect(
            loaded.warnings.map(short) == [
                "page.md:15:5: warning: task 'Plan' has no 'A'; RACI needs exactly one",
                "page.md:16:5: warning: task 'Run' has 2 'A' codes ('CoE', 'Business units'); RACI needs exactly one",
            ])
        #expect(loaded.matrix != nil)
    }

    @Test func unknownCode() {
        let yaml = "legend: [{ code: O, label: Owns }]\n" + columns + "rows:\n  - { task: Plan, cells: { coe: [O, X] } }\n"
        #expect(errors(inline: yaml, kind: .ownershipMatrix) == ["page.md:6:37: unknown code 'X'"])
    }

    @Test func unknownColumn() {
        let yaml = "legend: raci\n" + columns + "rows:\n  - task: Plan\n    cells: { coe: A, hr: R }\n"
        #expect(errors(inline: yaml, kind: .ownershipMatrix) == ["page.md:7:22: unknown column 'hr'"])
    }

    @Test func unknownLegendShorthand() {
        let yaml = "legend: rasci\n" + columns + "rows: []\n"
        #expect(errors(inline: yaml, kind: .ownershipMatrix) == ["page.md:1:9: unknown legend 'rasci'"])
    }

    @Test func legendAndColumnMistakes() {
        let yaml = """
            legend:
              - { code: O, label: Owns }
              - { code: O, label: Again }
              - { label: Nothing }
              - { code: X }
            columns:
              - { id: coe, name: CoE }
              - { id: coe, name: Twice }
              - { id: bu }
              - { name: No id }
            rows:
              - group: ''
                tasks:
                  - { cells: { coe: O } }
            """
        #expect(
            errors(inline: yaml, kind: .ownershipMatrix) == [
                "page.md:3:13: legend code 'O' appears twice",
                "page.md:4:5: legend entry has no code",
                "page.md:5:5: legend code 'X' has no label",
                "page.md:8:11: column id 'coe' appears twice",
                "page.md:9:5: column 'bu' has no name",
                "page.md:10:5: column has no id",
                "page.md:12:12: group has no name",
                "page.md:14:9: row has no task",
            ])
    }

    @Test func missingSections() {
        #expect(
            errors(inline: "title: x\n", kind: .ownershipMatrix) == [
                "page.md:1:1: the ownership matrix has no 'legend'",
                "page.md:1:1: the ownership matrix has no 'columns'",
                "page.md:1:1: the ownership matrix has no 'rows'",
            ])
    }

    @Test func spelledOutRACILegendIsLinted() throws {
        let yaml =
            "legend:\n  - { code: R, label: Does }\n  - { code: A, label: Answers }\n  - { code: C, label: Asked }\n  - { code: I, label: Told }\n"
            + columns + "rows:\n  - { task: Plan, cells: { coe: R } }\n"
        let loaded = try loadInline(yaml, kind: .ownershipMatrix)
        #expect(loaded.matrix?.isRACI == true)
        #expect(loaded.warnings.count == 1)
    }
}
