import Diagnostics
import Testing

@testable import OrgModel

/// One test per way a list of units can fail to be a tree (after d3's `stratify`), each
/// asserting the exact position and message.
@Suite struct OrgChartValidationTests {
    @Test func unknownParent() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - id: cco
                name: Chief Customer Officer
                parent: coe
            """
        #expect(errors(inline: yaml, kind: .orgChart, line: 10) == ["page.md:14:13: unit 'cco' has unknown parent 'coe'"])
    }

    @Test func unknownParentHintSuggestsAnID() throws {
        let yaml = "units:\n  - { id: ceo, name: CEO }\n  - { id: cco, name: CCO, parent: cea }\n"
        do {
            _ = try loadInline(yaml, kind: .orgChart)
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.hint?.hasPrefix("did you mean 'ceo'?") == true)
        }
    }

    @Test func duplicateID() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: cco, name: CCO, parent: ceo }
              - { id: cco, name: Another CCO, parent: ceo }
            """
        #expect(errors(inline: yaml, kind: .orgChart) == ["page.md:4:11: duplicate id 'cco' (first used on line 3)"])
    }

    @Test func severalRoots() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: cco, name: CCO, parent: ceo }
              - { id: board, name: Board }
            """
        #expect(errors(inline: yaml, kind: .orgChart) == ["page.md:4:5: several units have no parent: 'ceo', 'board'"])
    }

    @Test func noRootBecauseOfACycle() {
        let yaml = """
            title: Loop
            units:
              - { id: a, name: A, parent: b }
              - { id: b, name: B, parent: a }
            """
        #expect(
            errors(inline: yaml, kind: .orgChart) == [
                "page.md:2:1: no unit is the root: every unit has a parent",
                "page.md:3:31: units report to each other in a cycle: a → b → a",
            ])
    }

    @Test func cycleBelowTheRoot() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: x, name: X, parent: z }
              - { id: y, name: Y, parent: x }
              - { id: z, name: Z, parent: y }
              - { id: self, name: Self, parent: self }
            """
        #expect(
            errors(inline: yaml, kind: .orgChart) == [
                "page.md:3:31: units report to each other in a cycle: x → z → y → x",
                "page.md:6:37: units report to each other in a cycle: self → self",
            ])
    }

    @Test func unknownDottedLineManager() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: cfo, name: CFO, parent: ceo }
              - id: cco
                name: CCO
                parent: ceo
                dotted: [cfo, cio]
            """
        #expect(errors(inline: yaml, kind: .orgChart) == ["page.md:7:19: unit 'cco' has unknown dotted-line manager 'cio'"])
    }

    @Test func emptyName() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: cco, name: "", parent: ceo }
              - { id: cfo, parent: ceo }
            """
        #expect(
            errors(inline: yaml, kind: .orgChart) == [
                "page.md:3:22: unit 'cco' has no name",
                "page.md:4:5: unit 'cfo' has no name",
            ])
    }

    @Test func emptyID() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: "  ", name: Nobody, parent: ceo }
            """
        #expect(errors(inline: yaml, kind: .orgChart) == ["page.md:3:11: unit has no id"])
    }

    @Test func noUnits() {
        #expect(errors(inline: "units: []\n", kind: .orgChart) == ["page.md:1:1: the org chart has no units"])
    }

    @Test func everyErrorIsReportedInOneRun() {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: a, name: A, parent: nobody }
              - { id: a, name: A again, parent: ceo }
              - { id: b, name: "", parent: ceo, dotted: [ghost] }
            """
        #expect(errors(inline: yaml, kind: .orgChart).count == 4)
    }

    @Test func validChartKeepsInputOrder() throws {
        let yaml = """
            units:
              - { id: ceo, name: CEO }
              - { id: b, name: B, parent: ceo }
              - { id: a, name: A, parent: ceo, title: Second line, dotted: b, tags: [cx, ops] }
              - { id: c, name: C, parent: a }
            """
        let chart = try #require(try loadInline(yaml, kind: .orgChart).chart)
        #expect(chart.rootID == "ceo")
        #expect(chart.units.map(\.id) == ["ceo", "b", "a", "c"])
        #expect(chart.childrenByID["ceo"] == ["b", "a"])
        let a = try #require(chart.unit("a"))
        #expect(a.title == "Second line")
        #expect(a.dotted == ["b"])
        #expect(a.tags == ["cx", "ops"])
        #expect(a.location == SourceLocation(path: "page.md", line: 4, column: 5))
    }
}

/// A unit whose id cannot be read is reported once, at its id, not echoed as "no root" or
/// "unknown parent" by the units that name it.
@Suite struct UnreadableIDTests {
    @Test func aListAsIDIsTheOnlyError() {
        let yaml = "units:\n  - { id: [ceo], name: CEO }\n  - { id: ops, name: Ops, parent: ceo, dotted: [ceo] }\n"
        #expect(errors(inline: yaml, kind: .orgChart) == ["page.md:2:11: 'id' must be a text, not a list"])
    }

    @Test func withEveryIDReadableTheStructureIsStillChecked() {
        let yaml = "units:\n  - { id: ceo, name: CEO, parent: ops }\n  - { id: ops, name: Ops, parent: nobody }\n"
        let found = errors(inline: yaml, kind: .orgChart)
        #expect(found.contains { $0.contains("unknown parent 'nobody'") })
        #expect(found.contains { $0.contains("no unit is the root") })
    }
}
