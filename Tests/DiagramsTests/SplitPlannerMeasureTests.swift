import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

/// The split planner tries many pages for each one it draws, and measures them without
/// placing their boxes: the measure must be exactly the size of the drawing.
@Suite struct SplitPlannerMeasureTests {
    @Test(arguments: [1, 2, 5, 30, 150, 1000])
    func measuredBoundsAreTheDrawnBounds(count: Int) {
        for seed in [UInt64(1), 2, 3] {
            let input = RandomTrees.input(count: count, seed: seed)
            for aspect in [0.5, 1.6, 4] {
                let options = BalancedLayoutOptions(targetAspect: aspect)
                #expect(BalancedLayout.bounds(input, options: options) == BalancedLayout.layout(input, options: options).geometry.bounds)
            }
        }
    }

    /// A search pass settles the subtrees whose widest block fits its limit from the widest
    /// pass: the blocks are those it would measure again, for every limit and every node.
    @Test(arguments: [5, 60, 400, 2000])
    func settledSubtreesAreMeasuredAlike(count: Int) {
        for seed in [UInt64(4), 5] {
            let input = RandomTrees.input(count: count, seed: seed)
            let planner = BalancedLayout.makePlanner(input, options: BalancedLayoutOptions(), fixed: [:])
            let widest = planner.measure(limit: .infinity)
            let top = widest[input.root].width
            for limit in stride(from: planner.boxWidths.max()!, through: top, by: max(1, top / 23)) {
                let again = planner.measure(limit: limit)
                let settled = planner.measure(limit: limit, widest: widest)
                for node in again.indices {
                    let (a, b) = (again[node], settled[node])
                    #expect(
                        a.width == b.width && a.height == b.height && a.anchor == b.anchor && a.arrangement == b.arrangement,
                        "\(count)/\(seed) limit \(limit) node \(node)")
                }
            }
        }
    }

    /// Every page the planner keeps, measured as it was when tried, fits; its drawing agrees.
    @Test func pagesMeasuredToFitAreDrawnWithinTheBudget() {
        var chart = BankCharts.chart(units: 400, seed: 7)
        var g = SeededGenerator(seed: 21)
        for _ in 0..<20 {
            let i = Int.random(in: 1..<chart.units.count, using: &g)
            let m = Int.random(in: 0..<chart.units.count, using: &g)
            chart.units[i].dotted.append(chart.units[m].id)
        }
        let planner = SplitPlanner(chart: chart, budget: .a4Landscape())
        // Pages whose head is a unit (not a box linking to the page drawing it).
        for page in ChartPages.make(chart).pages where !page.nodes[0].isBranch {
            let members = page.nodes.map(\.unit)
            let branches = page.nodes.filter(\.isBranch).map(\.unit)
            var pages: [Int: String] = [:]
            for b in branches { pages[b] = "" }
            let drawn = planner.layout(members: members, branchPages: pages).geometry
            #expect(drawn.bounds == page.geometry.bounds, "page \(page.id)")
            #expect(planner.fits((members, branches)) && planner.pageFits(drawn), "page \(page.id)")
        }
    }
}

/// `ChartPages.wholeBounds` answers, without planning, whether `make` draws a chart whole
/// on one page, and at what size.
@Suite struct WholeBoundsTests {
    @Test(arguments: [3, 20, 60, 150, 400])
    func wholeBoundsAgreeWithThePlannedPages(units: Int) {
        for seed in [UInt64(2), 7] {
            var chart = BankCharts.chart(units: units, seed: seed)
            if units >= 20 { chart.units[5].dotted.append(chart.units[units - 1].id) }
            let pages = ChartPages.make(chart)
            let whole = ChartPages.wholeBounds(chart)
            // Both answers are seen: small charts fit a page, 400 units never do.
            if units <= 20 { #expect(!pages.isSplit) }
            if units == 400 { #expect(pages.isSplit) }
            if pages.isSplit {
                #expect(whole == nil, "\(units)/\(seed)")
            } else {
                #expect(whole == pages.pages[0].geometry.bounds, "\(units)/\(seed)")
            }
        }
    }

    @Test func aChartThatSetsItsOwnSplitIsAlwaysPlanned() {
        var chart = BankCharts.chart(units: 3, seed: 1)
        chart.split = .depth(1)
        #expect(ChartPages.wholeBounds(chart) == nil)
        chart.split = .auto
        #expect(ChartPages.wholeBounds(chart) != nil)
    }
}
