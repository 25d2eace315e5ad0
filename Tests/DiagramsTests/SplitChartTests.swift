import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

/// Charts split into an overview and branch pages: every unit drawn once, every page
/// within the A4-at-7-pt budget and 3:1, links and breadcrumbs that lead somewhere.
@Suite struct SplitChartTests {
    static func checkPages(_ chart: OrgChart, _ what: String, split: ChartSplit = .auto) -> ChartPages {
        let pages = ChartPages.make(chart, split: split)
        var drawn = [Int](repeating: 0, count: chart.units.count)
        let ids = Set(pages.pages.map(\.id))
        #expect(ids.count == pages.pages.count, "\(what): page ids repeat")
        for page in pages.pages {
            for node in page.nodes where !node.isBranch { drawn[node.unit] += 1 }
            for node in page.nodes where node.isBranch { #expect(ids.contains(node.branchPageID!), "\(what): dead link") }
            if let parent = page.parentPageID { #expect(ids.contains(parent), "\(what): dead back link") }
            let problems = FastGeometryChecks.problems(page.geometry, includeDotted: true)
            #expect(problems.isEmpty, "\(what) page \(page.id): \(problems.prefix(3))")
        }
        #expect(drawn.allSatisfy { $0 == 1 }, "\(what): units not drawn exactly once")
        return pages
    }

    static func withinBudget(_ page: ChartPage, _ budget: PageBudget = .a4Landscape()) -> Bool {
        budget.fits(
            width: page.geometry.bounds.width + ChartPages.horizontalChrome,
            height: page.geometry.bounds.height + ChartPages.verticalChrome)
    }

    @Test(arguments: BalancedLayoutTests.sizes)
    func everyUnitIsDrawnOnceAcrossThePages(count: Int) {
        for seed in [UInt64(4), 5] {
            let pages = Self.checkPages(BankCharts.randomParents(units: count, seed: seed), "random \(count)/\(seed)")
            #expect(pages.pages.allSatisfy { $0.fitsBudget && Self.withinBudget($0) }, "random \(count)/\(seed)")
        }
    }

    @Test(arguments: [400, 2000])
    func bankPagesAreLegibleAtA4Landscape(count: Int) {
        for seed in [UInt64(7), 8] {
            let chart = BankCharts.chart(units: count, seed: seed)
            let pages = Self.checkPages(chart, "bank \(count)/\(seed)")
            #expect(pages.isSplit)
            for page in pages.pages {
                #expect(Self.withinBudget(page), "bank \(count) page \(page.id): \(page.geometry.bounds)")
                // The drawn page: the geometry, its margins and the breadcrumb line.
                let drawn = Rect(
                    x: 0, y: 0, width: page.geometry.bounds.width + ChartPages.horizontalChrome,
                    height: page.geometry.bounds.height + ChartPages.verticalChrome)
                if !FastGeometryChecks.isChain(page.geometry) {
                    #expect(FastGeometryChecks.elongation(drawn) <= 3, "bank \(count) page \(page.id): \(drawn)")
                }
            }
            // The poster of the same chart stays within 3:1 too.
            #expect(FastGeometryChecks.elongation(OrgChartLayout.layout(chart).bounds) <= 3)
        }
    }

    @Test func branchPagesSayWhereTheySitAndLinkBack() {
        let pages = ChartPages.make(BankCharts.chart(units: 400, seed: 7))
        let byID = Dictionary(uniqueKeysWithValues: pages.pages.map { ($0.id, $0) })
        let overview = pages.pages[0]
        #expect(overview.id == "overview" && overview.parentPageID == nil && overview.breadcrumb.count == 1)
        for page in pages.pages.dropFirst() {
            let parent = byID[page.parentPageID!]!
            #expect(page.breadcrumb.dropLast() == parent.breadcrumb[...])
            #expect(parent.nodes.contains { $0.branchPageID == page.id })
            #expect(page.breadcrumbText.contains(" › "))
        }
        let branch = overview.nodes.first { $0.isBranch }!
        #expect(branch.branchUnits > 1)
    }

    @Test func smallChartsAndSplitNoneAreOnePage() {
        #expect(ChartPages.make(Samples.orgChart).pages.count == 1)
        let big = BankCharts.chart(units: 400, seed: 7)
        let poster = ChartPages.make(big, split: ChartSplit.none)
        #expect(poster.pages.count == 1 && poster.pages[0].nodes.count == 400)
    }

    @Test func aFixedDepthShowsThatManyLayers() {
        let chart = BankCharts.chart(units: 400, seed: 7)
        let pages = Self.checkPages(chart, "depth 2", split: .depth(2))
        #expect(pages.pages[0].geometry.nodes.map(\.depth).max() == 2)
    }

    @Test func dottedLinesAreRoutedAroundBoxes() {
        let g = OrgChartLayout.layout(Samples.orgChart)
        let dotted = g.edges.filter { $0.kind == .dotted }
        #expect(dotted.count == 2)
        #expect(FastGeometryChecks.problems(g, includeDotted: true).filter { !$0.contains("touch") }.isEmpty)
        // Random dotted lines over a bigger chart.
        var chart = BankCharts.chart(units: 150, seed: 3)
        var g2 = SeededGenerator(seed: 9)
        for _ in 0..<12 {
            let i = Int.random(in: 1..<chart.units.count, using: &g2)
            let m = Int.random(in: 0..<chart.units.count, using: &g2)
            chart.units[i].dotted.append(chart.units[m].id)
        }
        let big = OrgChartLayout.layout(chart)
        let problems = FastGeometryChecks.problems(big, includeDotted: true).filter { !$0.contains("touch") }
        #expect(problems.isEmpty, "\(problems.prefix(3))")
    }

    @Test func pagesRenderWithLinksAndBreadcrumbs() throws {
        let chart = BankCharts.chart(units: 400, seed: 7)
        let pages = ChartPages.make(chart)
        let overview = ChartPageRenderer.render(pages.pages[0], of: chart, pageURL: { "\($0).svg" }).svg
        let doc = try XMLCheck.parse(overview)
        let links = try XMLCheck.nodes(doc, "//*[local-name()='g'][contains(@class, 'branch')]//*[local-name()='a']")
        #expect(!links.isEmpty)
        let branch = ChartPageRenderer.render(pages.pages[1], of: chart, pageURL: { "\($0).svg" }).svg
        #expect(branch.contains("href=\"overview.svg\"") && branch.contains(" › "))
        _ = try XMLCheck.parse(branch)
    }
}

@Suite struct DottedStubTests {
    @Test func dottedLinesToOtherPagesEndInLabelledStubs() throws {
        var chart = BankCharts.chart(units: 400, seed: 7)
        var g = SeededGenerator(seed: 21)
        for _ in 0..<20 {
            let i = Int.random(in: 1..<chart.units.count, using: &g)
            let m = Int.random(in: 0..<chart.units.count, using: &g)
            chart.units[i].dotted.append(chart.units[m].id)
        }
        let pages = SplitChartTests.checkPages(chart, "dotted")
        let ids = Set(pages.pages.map(\.id))
        var stubs = 0
        for page in pages.pages {
            #expect(SplitChartTests.withinBudget(page))
            for stub in page.stubs {
                stubs += 1
                #expect(ids.contains(stub.partnerPageID) && stub.partnerPageID != page.id)
                #expect(!page.nodes.contains { $0.unit == stub.partner && !$0.isBranch })
                let box = page.geometry.nodes[stub.node]
                #expect(box.label.lines.contains { $0.text.hasPrefix("⋯ dotted") })
                #expect(stub.points[0].x == box.rect.maxX && stub.points[1].x - stub.points[0].x <= 8)
            }
            // Stubs reach no other box and no tree edge.
            var g = page.geometry
            g.edges =
                g.edges.filter { $0.kind == .tree }
                + page.stubs.map { EdgeGeometry(from: $0.node, to: $0.node, points: $0.points, kind: .tree) }
            let problems = FastGeometryChecks.problems(g)
            #expect(problems.isEmpty, "page \(page.id): \(problems.prefix(3))")
        }
        #expect(stubs > 0)
        let svg = ChartPageRenderer.render(pages.pages[0], of: chart, pageURL: { "\($0).svg" }).svg
        _ = try XMLCheck.parse(svg)
    }
}

@Suite struct PosterDottedLineTests {
    @Test func farDottedLinesOnAPosterEndInStubsAndNothingCrossesABox() {
        var chart = BankCharts.chart(units: 2000, seed: 8)
        var g = SeededGenerator(seed: 33)
        var lines = 0
        for _ in 0..<30 {
            let i = Int.random(in: 1..<chart.units.count, using: &g)
            let m = Int.random(in: 0..<chart.units.count, using: &g)
            guard i != m, !chart.units[i].dotted.contains(chart.units[m].id) else { continue }
            chart.units[i].dotted.append(chart.units[m].id)
            lines += 1
        }
        let geometry = OrgChartLayout.layout(chart)
        let routed = geometry.edges.filter { $0.kind == .dotted }.count
        let stubs = geometry.edges.filter { $0.kind == .dottedStub }
        #expect(stubs.count > 0 && routed + stubs.count / 2 == lines)
        let problems = FastGeometryChecks.problems(geometry, includeDotted: true).filter { !$0.contains("touch") }
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        for stub in stubs {
            let named = [geometry.nodes[stub.from], geometry.nodes[stub.to]].filter {
                $0.label.lines.contains { $0.text.hasPrefix("⋯ dotted") }
            }
            #expect(!named.isEmpty)
        }
    }
}

@Suite struct WideManagerTests {
    @Test func aManagerWithMoreReportsThanAPageHoldsIsDrawnInParts() throws {
        var rows: [(String, String, String?)] = [("head", "Head of Operations", nil)]
        for i in 0..<450 { rows.append(("t\(i)", "Service team \(i)", "head")) }
        for i in 0..<40 { rows.append(("s\(i)", "Squad \(i)", "t\(i * 7)")) }
        let chart = Samples.chart("Wide", rows)
        let pages = SplitChartTests.checkPages(chart, "wide")
        let parts = pages.pages.filter { !$0.parts.isEmpty }
        #expect(parts.count >= 3)
        for page in pages.pages { #expect(page.fitsBudget && SplitChartTests.withinBudget(page), "\(page.id)") }
        #expect(Set(parts.map(\.parts)).count == 1 && parts.map(\.id) == parts[0].parts)
        // Later parts show the manager as a box linking to the first part.
        for page in parts.dropFirst() {
            #expect(page.nodes[0].branchPageID == parts[0].id && page.parentPageID == parts[0].id)
        }
        let svg = ChartPageRenderer.render(parts[1], of: chart, pageURL: { "\($0).svg" }).svg
        _ = try XMLCheck.parse(svg)
        #expect(svg.contains("href=\"\(parts[0].id).svg\""))
    }
}
