import Foundation
import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct OrgChartRenderingTests {
    @Test func dottedLineManagersAreDashedEdgesOutsideTheTree() throws {
        let g = OrgChartLayout.layout(Samples.orgChart)
        let dotted = g.edges.filter { $0.kind == .dotted }.map { (g.nodes[$0.from].id, g.nodes[$0.to].id) }
        #expect(dotted.map(\.0) == ["cfo", "cco"] && dotted.map(\.1) == ["measure", "service"])
        let doc = try XMLCheck.parse(DiagramRenderer.render(.orgChart(Samples.orgChart)).svg)
        let paths = try XMLCheck.nodes(doc, "//*[local-name()='path'][contains(@class, 'dotted')]")
        #expect(paths.map { XMLCheck.attr($0, "data-to") } == ["measure", "service"])
        #expect(paths.allSatisfy { XMLCheck.classes($0) == ["edge", "dotted"] })
    }

    @Test func aTeamOfManyLeavesHangsOffSpines() {
        let g = OrgChartLayout.layout(Samples.orgChart)
        let squads = g.nodes.filter { $0.id.hasPrefix("squad") }
        #expect(squads.count == 8 && squads.allSatisfy(\.isStacked))
        let wide = OrgChartLayout.layout(Samples.wideChart)
        #expect(wide.bounds.width <= 3 * wide.bounds.height)
        #expect(GeometryChecks.overlappingPairs(wide).isEmpty)
    }

    @Test func unitsKeepTheirInputOrderAndStateClasses() throws {
        let g = OrgChartLayout.layout(Samples.orgChart)
        let top = ["cco", "cfo", "coo"].map { id in g.nodes.first { $0.id == id }!.rect }
        #expect(GeometryChecks.inReadingOrder(top))
        let doc = try XMLCheck.parse(DiagramRenderer.render(.orgChart(Samples.orgChart)).svg)
        let coe = try #require(try XMLCheck.nodes(doc, "//*[@data-id='coe']").first)
        #expect(XMLCheck.classes(coe).isSuperset(of: ["node", "unit", "depth-2", "tag-cx", "tag-central-team"]))
        let root = try #require(try XMLCheck.nodes(doc, "//*[@data-id='ceo']").first)
        #expect(XMLCheck.classes(root).contains("root"))
    }

    @Test func largeChartsLayOutWithoutOverlap() {
        let g = OrgChartLayout.layout(Samples.largeChart(count: 2000))
        #expect(g.nodes.count == 2000)
        #expect(GeometryChecks.overlappingPairs(g).isEmpty)
    }
}
