import Diagnostics
import Testing

@testable import OrgModel

/// Each RACI rule, its level by choice, and the bad input around the rules.
@Suite struct RACIRulesTests {
    private let columns = "columns:\n  - { id: coe, name: CoE }\n  - { id: bu, name: Business units }\n  - { id: it, name: IT }\n"

    func matrix(_ rest: String, legend: String = "legend: raci\n") throws -> LoadedDocument {
        try loadInline(legend + columns + rest, kind: .ownershipMatrix)
    }

    @Test func doubleAccountableNamesBothColumns() throws {
        let loaded = try matrix("rows:\n  - { task: Plan, cells: { coe: [A, R], bu: A } }\n")
        #expect(
            loaded.warnings.map(short) == [
                "page.md:7:5: warning: task 'Plan' has 2 'A' codes ('CoE', 'Business units'); RACI needs exactly one"
            ])
    }

    @Test func accountableAsAnErrorFailsTheLoad() {
        let yaml = "rules: { accountable: error }\nrows:\n  - { task: Plan, cells: { coe: R } }\n"
        #expect(problems { try matrix(yaml) } == ["page.md:8:5: error: task 'Plan' has no 'A'; RACI needs exactly one"])
    }

    @Test func rulesCanBeTurnedOff() throws {
        let loaded = try matrix("rules: off\nrows:\n  - { task: Plan, cells: { coe: C } }\n")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func oneLevelForEveryRule() {
        let yaml = "rules: error\nrows:\n  - { task: Plan, cells: { coe: A } }\n"
        #expect(problems { try matrix(yaml) } == ["page.md:8:5: error: task 'Plan' has no 'R'; RACI needs at least one"])
    }

    @Test func columnOverItsLimitNamesItsTasks() throws {
        let rows =
            "rows:\n  - { task: One, cells: { coe: [A, R] } }\n  - { task: Two, cells: { coe: [A, R] } }\n  - { task: Three, cells: { coe: [A, R] } }\n"
        let loaded = try matrix("limits: { A: 2 }\n" + rows)
        #expect(
            loaded.warnings.map(short) == [
                "page.md:3:5: warning: column 'CoE' holds 'A' on 3 tasks, over its limit of 2: 'One', 'Two', 'Three'"
            ])
        // A column's own limit wins over the matrix's.
        let own = "legend: raci\ncolumns:\n  - { id: coe, name: CoE, limits: { A: 3 } }\nlimits: { A: 2 }\n" + rows
        #expect(try loadInline(own, kind: .ownershipMatrix).warnings.isEmpty)
    }

    @Test func tooManyConsulted() throws {
        let loaded = try matrix("max-consulted: 1\nrows:\n  - { task: Plan, cells: { coe: [A, R], bu: C, it: C } }\n")
        #expect(
            loaded.warnings.map(short) == [
                "page.md:8:5: warning: task 'Plan' consults 2 columns ('Business units', 'IT'), over 'max-consulted: 1'"
            ])
    }

    @Test func limitsMustBePositiveWholeNumbers() {
        for bad in ["0", "-3", "2.5", "eight"] {
            #expect(
                errors(inline: "legend: raci\n" + columns + "limits: { A: \(bad) }\nrows: []\n", kind: .ownershipMatrix)
                    == ["page.md:6:14: the limit for 'A' must be a positive whole number, not '\(bad)'"])
        }
        #expect(
            errors(inline: "legend: raci\n" + columns + "max-consulted: none\nrows: []\n", kind: .ownershipMatrix)
                == ["page.md:6:16: 'max-consulted' must be a positive whole number, not 'none'"])
    }

    @Test func limitOnACodeNotInTheLegend() throws {
        let problems = problemsWithHints { try matrix("limits: { AA: 2 }\nrows: []\n") }
        #expect(
            problems == [
                "page.md:6:11: error: 'limits' names code 'AA', which is not in the legend — did you mean 'A'? codes in the legend: 'R', 'A', 'C', 'I'"
            ])
    }

    @Test func unknownRuleAndLevel() {
        #expect(
            errors(
                inline: "legend: raci\n" + columns + "rules: { acountable: error, responsible: loud }\nrows: []\n", kind: .ownershipMatrix)
                == [
                    "page.md:6:10: unknown RACI rule 'acountable'",
                    "page.md:6:42: unknown rule level 'loud'",
                ])
    }

    @Test func rulesOnALegendThatIsNotRACIAreErrors() {
        let legend = "legend: [{ code: O, label: Owns }, { code: S, label: Supports }]\n"
        #expect(
            errors(inline: legend + columns + "rules: error\nlimits: { O: 3 }\nrows: []\n", kind: .ownershipMatrix) == [
                "page.md:6:1: 'rules' sets RACI rules, but the legend ('O', 'S') has no 'R' and 'A'",
                "page.md:7:1: 'limits' sets RACI rules, but the legend ('O', 'S') has no 'R' and 'A'",
            ])
    }

    @Test func aRASCILegendGetsRulesOnlyWhenAsked() throws {
        let legend = "legend:\n" + ["R", "A", "S", "C", "I"].map { "  - { code: \($0), label: \($0) }\n" }.joined()
        let rows = "rows:\n  - { task: Plan, cells: { coe: S } }\n"
        #expect(try loadInline(legend + columns + rows, kind: .ownershipMatrix).warnings.isEmpty)
        let asked = try loadInline(legend + columns + "rules: warning\n" + rows, kind: .ownershipMatrix)
        #expect(asked.warnings.count == 2)
    }

    @Test func slashJoinedCodesGetTheListHint() {
        let hints = problemsWithHints { try matrix("rows:\n  - { task: Plan, cells: { coe: A/R } }\n") }
        #expect(hints == ["page.md:7:33: error: unknown code 'A/R' — did you mean [A, R]? write several codes as a list"])
    }
}

/// Like `problems`, with each diagnostic's hint.
func problemsWithHints(_ load: () throws -> LoadedDocument) -> [String] {
    do {
        _ = try load()
        return ["loaded without errors"]
    } catch let error as DiagnosticError {
        return error.diagnostics.map { short($0) + ($0.hint.map { " — \($0)" } ?? "") }
    } catch {
        return ["unexpected error \(error)"]
    }
}

extension RACIRulesTests {
    @Test func withoutRulesOnlyTheAccountableLintRuns() throws {
        // No `rules:`: a task without R is fine, as before rules existed.
        let plain = try matrix("rows:\n  - { task: Plan, cells: { coe: A } }\n")
        #expect(plain.warnings.isEmpty)
        // Any rule written switches the others on as warnings.
        let asked = try matrix("max-consulted: 3\nrows:\n  - { task: Plan, cells: { coe: A } }\n")
        #expect(asked.warnings.map(short) == ["page.md:8:5: warning: task 'Plan' has no 'R'; RACI needs at least one"])
    }
}
