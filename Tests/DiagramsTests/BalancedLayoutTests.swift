import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

/// The balanced org-chart layout over generated trees of 1 to 5,000 units: no chart beyond
/// 3:1 unless it is one chain, no overlap, no edge through a box, every unit drawn once.
@Suite struct BalancedLayoutTests {
    static let sizes = [1, 2, 3, 5, 9, 17, 30, 60, 150, 400, 1000, 5000]

    static func check(_ chart: OrgChart, _ what: String) {
        let g = OrgChartLayout.layout(chart)
        #expect(g.nodes.count == chart.units.count, "\(what)")
        #expect(Set(g.nodes.map(\.id)).count == chart.units.count, "\(what): a unit drawn twice")
        let problems = FastGeometryChecks.problems(g)
        #expect(problems.isEmpty, "\(what): \(problems.prefix(3))")
        if !FastGeometryChecks.isChain(g) {
            #expect(FastGeometryChecks.elongation(g.bounds) <= 3, "\(what): \(g.bounds.width) × \(g.bounds.height)")
        }
    }

    @Test(arguments: sizes)
    func randomParentTreesStayBalanced(count: Int) {
        for seed in [UInt64(1), 2, 3] { Self.check(BankCharts.randomParents(units: count, seed: seed), "random \(count)/\(seed)") }
    }

    @Test(arguments: [400, 2000])
    func bankShapedChartsStayBalanced(count: Int) {
        for seed in [UInt64(7), 8] { Self.check(BankCharts.chart(units: count, seed: seed), "bank \(count)/\(seed)") }
    }

    @Test func samplesStayBalanced() {
        for (name, chart) in [("sample", Samples.orgChart), ("wide", Samples.wideChart), ("large", Samples.largeChart(count: 300))] {
            Self.check(chart, name)
        }
    }

    @Test func smallTreesKeepEveryEdgeApart() {
        for count in [5, 17, 60, 150] {
            for seed in [UInt64(11), 12] {
                let g = OrgChartLayout.layout(BankCharts.randomParents(units: count, seed: seed))
                #expect(GeometryChecks.edgeProblems(g).isEmpty && GeometryChecks.overlappingPairs(g).isEmpty)
            }
        }
    }

    @Test func aChainMayBeTall() {
        let rows = [("c0", "Top", String?.none)] + (1..<20).map { ("c\($0)", "Level \($0)", Optional("c\($0 - 1)")) }
        let g = OrgChartLayout.layout(Samples.chart("Chain", rows))
        #expect(FastGeometryChecks.isChain(g) && g.bounds.height > 3 * g.bounds.width)
    }

    @Test func thirtyReportsAreNotThirtyBoxesWide() {
        let g = OrgChartLayout.layout(Samples.wideChart)
        let top = g.nodes.dropFirst().map(\.rect.y)
        #expect(Set(top).count >= 3, "the 30 reports share too few rows")
        #expect(FastGeometryChecks.elongation(g.bounds) <= 2)
    }

    @Test func theAspectKeyMovesTheShape() {
        var tall = BankCharts.chart(units: 400, seed: 7)
        var wide = tall
        tall.aspect = 0.75
        wide.aspect = 2.5
        let t = OrgChartLayout.layout(tall).bounds
        let w = OrgChartLayout.layout(wide).bounds
        #expect(t.width / t.height < w.width / w.height)
    }

    @Test func fixedArrangementsAreKept() {
        let chart = Samples.wideChart
        let free = OrgChartLayout.balanced(chart)
        let forced = OrgChartLayout.balanced(chart, fixed: ["head": .spines(2)])
        #expect(forced.arrangements["head"] == .spines(2))
        #expect(free.arrangements["head"] != nil)
    }

    @Test func beforeAndAfterUseTheSameArrangementPerUnit() {
        let after = OrgChartLayout.balanced(Samples.after)
        let before = OrgChartLayout.balanced(Samples.before, fixed: after.arrangements)
        for (id, arrangement) in before.arrangements where Samples.before.childrenByID[id]?.count == Samples.after.childrenByID[id]?.count {
            #expect(after.arrangements[id] == arrangement, "\(id)")
        }
    }
}

@Suite struct LabelCapTests {
    @Test func aHugeNameIsCutWithAnEllipsis() {
        let long = String(repeating: "Customer experience ", count: 50_000)
        let label = OrgChartLayout.label(OrgUnit(id: "a", name: long))
        let text = label.lines.map(\.text).joined(separator: " ")
        #expect(text.count <= OrgChartLayout.maxLabelCharacters + 1 && text.hasSuffix("…"))
        #expect(OrgChartLayout.capped("Short") == "Short")
        #expect(OrgChartLayout.capped(String(repeating: "é", count: 120)) == String(repeating: "é", count: 120))
    }
}
