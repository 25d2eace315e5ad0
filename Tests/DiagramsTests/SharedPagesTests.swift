import Foundation
import OrgModel
import Testing

@testable import Diagrams
@testable import Layout
@testable import OrgData

/// Small branches under one manager share a page instead of each taking one: fewer,
/// fuller printed pages, every unit still drawn once and every page within the budget.
@Suite struct SharedPagesTests {
    static let reports = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Content/reports").standardized

    static func chart(_ path: String) throws -> OrgChart {
        guard case .orgChart(let chart) = try OrgDataLoader.load(file: reports.appendingPathComponent(path).path).document else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return chart
    }

    /// The bundled Harbourline report's 64-unit charts printed 13 and 12 pages (an overview
    /// and a page for each team of three to six units); now 4 and 5.
    @Test(arguments: ["harbourline-mutual/current.yaml", "harbourline-mutual/target.yaml"])
    func harbourlineChartsPrintOnFewerFullerPages(path: String) throws {
        let chart = try Self.chart(path)
        let pages = SplitChartTests.checkPages(chart, path)
        #expect(pages.isSplit)
        #expect(pages.pages.count <= 5, "\(path): \(pages.pages.count) pages")
        for page in pages.pages {
            #expect(page.fitsBudget && SplitChartTests.withinBudget(page), "\(path) page \(page.id): \(page.geometry.bounds)")
        }
    }

    /// 30 managers of three reports each under one head: too many for one page, so the
    /// overview collapses them; their teams then share pages, each below its manager's box.
    @Test func teamsUnderOneManagerShareAPageBelowItsBox() {
        var rows: [(String, String, String?)] = [("head", "Head of service", nil)]
        for m in 0..<30 {
            rows.append(("m\(m)", "Service manager \(m)", "head"))
            for r in 0..<3 { rows.append(("m\(m)r\(r)", "Service team \(m)-\(r)", "m\(m)")) }
        }
        let chart = Samples.chart("Service", rows)
        let pages = SplitChartTests.checkPages(chart, "teams")
        let byID = Dictionary(uniqueKeysWithValues: pages.pages.map { ($0.id, $0) })
        let shared = pages.pages.filter { $0.id.hasSuffix("-teams") || $0.id.contains("-teams-") }
        #expect(!shared.isEmpty)
        // Fewer pages than one per collapsed manager, and the overview draws the head.
        let collapsed = pages.pages.flatMap(\.nodes).filter { $0.isBranch && chart.units[$0.unit].parent == "head" }.count
        #expect(pages.pages.count - 1 < collapsed)
        for page in shared {
            // The head (the managers' manager) on top, as a box linking to the page drawing it.
            let top = page.nodes[0]
            #expect(chart.units[top.unit].id == "head" && top.isBranch)
            let drawing = byID[top.branchPageID!]!
            #expect(drawing.nodes.contains { $0.unit == top.unit && !$0.isBranch })
            let managers = page.nodes.dropFirst().filter { chart.units[$0.unit].parent == "head" }
            #expect(managers.count >= 2)
            // Each manager sits below the head's box, its team below it.
            let headBox = page.geometry.nodes[0].rect
            for (i, node) in page.nodes.enumerated() where chart.units[node.unit].parent == "head" {
                #expect(page.geometry.nodes[i].rect.y > headBox.maxY && page.geometry.nodes[i].parent == 0)
            }
            // The overview's boxes for these managers link here.
            #expect(byID[page.parentPageID!]!.nodes.contains { $0.branchPageID == page.id })
        }
    }

    /// A fixed depth keeps one page per branch.
    @Test func aFixedDepthKeepsAPagePerBranch() {
        let chart = BankCharts.chart(units: 400, seed: 7)
        let pages = ChartPages.make(chart, split: .depth(2))
        #expect(!pages.pages.contains { $0.id.contains("-teams") })
    }
}
