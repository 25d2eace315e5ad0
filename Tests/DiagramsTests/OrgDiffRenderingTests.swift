import Foundation
import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct OrgDiffRenderingTests {
    static let rendered = DiagramRenderer.render(.orgDiff(Samples.orgDiff))

    static func side(_ doc: XMLDocument, _ name: String, _ id: String) throws -> XMLElement? {
        try XMLCheck.nodes(doc, "//*[contains(@class, 'side-\(name)')]//*[@data-id='\(id)']").first
    }

    @Test func statesAreClassesWithBadgesOnTheRightSide() throws {
        let doc = try XMLCheck.parse(Self.rendered.svg)
        let expectations: [(String, String, Set<String>, [String])] = [
            ("after", "cco", ["added"], ["NEW"]),
            ("after", "service", ["moved"], ["MOVED"]),
            ("after", "cmo", ["moved", "renamed"], ["MOVED", "RENAMED"]),
            ("before", "legacy", ["removed"], ["REMOVED"]),
            ("before", "csales", ["renamed"], ["RENAMED"]),
        ]
        for (sideName, id, states, badges) in expectations {
            let node = try #require(try Self.side(doc, sideName, id))
            #expect(XMLCheck.classes(node).isSuperset(of: states), "\(sideName) \(id)")
            let badgeTexts = try XMLCheck.nodes(node, ".//*[@class='badge-text']").map { $0.stringValue ?? "" }
            #expect(badgeTexts == badges, "\(sideName) \(id)")
        }
        let unchanged = try #require(try Self.side(doc, "after", "web"))
        #expect(XMLCheck.classes(unchanged).isDisjoint(with: ["moved", "added", "removed", "renamed"]))
        let removedAfter = try Self.side(doc, "after", "legacy")
        #expect(removedAfter == nil)
    }

    @Test func bothChartsKeepUnitOrder() throws {
        let doc = try XMLCheck.parse(Self.rendered.svg)
        let afterIDs = try XMLCheck.nodes(doc, "//*[contains(@class, 'side-after')]//*[@data-id]").map { XMLCheck.attr($0, "data-id") }
        #expect(afterIDs == Samples.after.units.map(\.id))
        let g = OrgChartLayout.layout(Samples.after)
        let underCCO = ["cmo", "csales", "service", "journey"].map { id in g.nodes.first { $0.id == id }!.rect }
        #expect(GeometryChecks.inReadingOrder(underCCO))
    }

    @Test func metricsTableAndChangeList() throws {
        let doc = try XMLCheck.parseFragment(Self.rendered.html)
        let headers = try XMLCheck.nodes(doc, "//table[@class='org-metrics']/thead//th").map { $0.stringValue ?? "" }
        #expect(headers == ["Measure", "Before", "After", "Change"])
        let units = try XMLCheck.nodes(doc, "//table[@class='org-metrics']//tr[th='Units']/td").map { $0.stringValue ?? "" }
        #expect(units == ["8", "9", "+1"])
        let span = try XMLCheck.nodes(doc, "//table[@class='org-metrics']//tr[th='Average span of control']/td").map {
            $0.stringValue ?? ""
        }
        #expect(span == ["1.8", "2.0", "+0.2"])
        let toRoot = try XMLCheck.nodes(doc, "//tr[th='Units reporting to the root']/td").map { $0.stringValue ?? "" }
        #expect(toRoot == ["3", "2", "−1"])
        let items = try XMLCheck.nodes(doc, "//ul[@class='org-changes']/li").map { $0.stringValue ?? "" }
        #expect(
            items == [
                "NEW Chief Customer Officer, under Chief Executive Officer",
                "MOVED Marketing: from Chief Executive Officer to Chief Customer Officer; RENAMED Chief Marketing Officer → Marketing",
                "MOVED Sales: from Chief Executive Officer to Chief Customer Officer; RENAMED Chief Sales Officer → Sales",
                "MOVED Customer Service: from Chief Financial Officer to Chief Customer Officer",
                "NEW Journey analytics, under Chief Customer Officer",
                "REMOVED Legacy CRM team, was under Chief Sales Officer",
            ])
        #expect(try XMLCheck.nodes(doc, "//table/caption").count == 1)
    }
}
