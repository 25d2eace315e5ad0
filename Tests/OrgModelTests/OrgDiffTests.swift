import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct OrgDiffTests {
    @Test func classifiesEveryUnitFromFiles() throws {
        let loaded = try OrgDataLoader.load(file: fixture("diff/org-diff.yaml"))
        let diff = try #require(loaded.diff)
        #expect(diff.title == "From fragmented to integrated")
        #expect(loaded.dependencies == [fixture("diff/org-diff.yaml"), fixture("diff/before.yaml"), fixture("diff/after.csv")])
        #expect(
            diff.changes.map { "\($0.id) \($0.kind)\($0.renamed ? " renamed" : "")" } == [
                "ceo unchanged", "cco added", "sales moved", "service moved", "insight moved renamed",
                "cfo unchanged", "cxcoe added", "cmo removed", "web removed",
            ])
        let insight = try #require(diff.change(for: "insight"))
        #expect(insight.beforeName == "Market Research" && insight.afterName == "Customer Insight")
        #expect(insight.beforeParent == "cmo" && insight.afterParent == "cco")
        let removed = try #require(diff.change(for: "web"))
        #expect(removed.afterName == nil && removed.afterParent == nil && removed.beforeParent == "cmo")
    }

    @Test func metricsForBothSides() throws {
        let diff = try #require(try OrgDataLoader.load(file: fixture("diff/org-diff.yaml")).diff)
        #expect(
            diff.beforeMetrics
                == OrgMetrics(
                    units: 7, layers: 3, averageSpan: 2.0, largestSpan: 3,
                    spanDistribution: [3: 1, 2: 1, 1: 1], reportingToRoot: 3, dottedLines: 1))
        #expect(
            diff.afterMetrics
                == OrgMetrics(
                    units: 7, layers: 3, averageSpan: 3.0, largestSpan: 4,
                    spanDistribution: [2: 1, 4: 1], reportingToRoot: 2, dottedLines: 1))
    }

    @Test func renamedButInPlaceIsUnchangedAndRenamed() throws {
        let yaml = """
            before: { units: [{ id: ceo, name: CEO }, { id: ops, name: Operations, parent: ceo }] }
            after:
              units:
                - { id: ceo, name: CEO }
                - { id: ops, name: Operations and Service, parent: ceo }
            """
        let diff = try #require(try loadInline(yaml, kind: .orgDiff).diff)
        #expect(diff.changes.map(\.kind) == [.unchanged, .unchanged])
        #expect(diff.changes.map(\.renamed) == [false, true])
    }

    @Test func readmeExampleWithInlineAfter() throws {
        let loaded = try OrgDataLoader.load(file: fixture("readme-org-diff.yaml"))
        let diff = try #require(loaded.diff)
        #expect(diff.changes.map(\.kind) == [.unchanged])
        #expect(
            diff.afterMetrics
                == OrgMetrics(
                    units: 1, layers: 1, averageSpan: 0, largestSpan: 0,
                    spanDistribution: [:], reportingToRoot: 0, dottedLines: 0))
    }

    @Test func missingSideFileIsReportedAtTheKey() {
        let yaml = "title: x\nbefore: gone.csv\nafter: { units: [{ id: a, name: A }] }\n"
        #expect(
            errors { try loadInline(yaml, kind: .orgDiff, line: 30, base: "Content/reports") }
                == ["page.md:31:1: cannot read 'Content/reports/gone.csv'"])
    }

    @Test func errorsInsideEachSideAreReported() {
        let yaml = """
            before: { units: [{ id: a, name: A }, { id: b, name: B, parent: x }] }
            after: { units: [{ id: a, name: A }, { id: a, name: A2 }] }
            """
        #expect(
            errors(inline: yaml, kind: .orgDiff) == [
                "page.md:1:65: unit 'b' has unknown parent 'x'",
                "page.md:2:44: duplicate id 'a' (first used on line 2)",
            ])
    }

    @Test func missingSidesAndWrongSideTypes() {
        #expect(
            errors(inline: "title: x\n", kind: .orgDiff) == [
                "page.md:1:1: the org diff has no 'before'",
                "page.md:1:1: the org diff has no 'after'",
            ])
        #expect(
            errors(inline: "before: [a]\nafter: { kind: decision-tree, units: [] }\n", kind: .orgDiff) == [
                "page.md:1:9: 'before' must be a file path or an inline 'units:' mapping, not a list",
                "page.md:2:16: the block is 'orgchart' but its data says kind 'decision-tree'",
            ])
    }

    @Test func sideFileOfAnotherKind() throws {
        let folder = try TemporaryFolder(files: ["tree.yaml": "kind: decision-tree\noutcome: X\n"])
        defer { folder.cleanUp() }
        let yaml = "before: tree.yaml\nafter: { units: [{ id: a, name: A }] }\n"
        #expect(
            errors { try loadInline(yaml, kind: .orgDiff, base: folder.path) }
                == ["\(folder.path)/tree.yaml:1:7: the block is 'orgchart' but its data says kind 'decision-tree'"])
    }
}

extension OrgDiffTests {
    @Test func emptySide() {
        #expect(
            errors(inline: "before:\nafter: { units: [{ id: a, name: A }] }\n", kind: .orgDiff)
                == ["page.md:1:8: 'before' must be a file path or an inline 'units:' mapping, not empty"])
    }
}
