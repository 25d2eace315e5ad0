import Diagrams
import Foundation
import Layout
import OrgModel
import Testing

@testable import Office

/// The decision tree drawn as shapes with the client's route in weight, and the ownership
/// transfers as a table slide and a sheet.
@Suite struct ReportSlidesTests {
    @Test(arguments: ["harbourline-mutual", "fernhill-rowe"])
    func decisionTreeIsShapesWithTheRouteInWeight(client: String) throws {
        let report = try ReportFilesTests.report(client)
        let layout = DecisionTreeLayout.layout(report.decisionTree)
        let slide = DecisionTreeSlide.slide(report.decisionTree, title: "Tree", routeColor: "B44D12")
        let xml = slide.slideXML()
        let reader = ChartDeckTests.SlideReader.read(xml)
        #expect(Set(reader.ids).count == reader.ids.count, "shape ids repeat")
        // A box per question and outcome, one per answer, and a bound connector per edge.
        let nodes = xml.components(separatedBy: "name=\"Question ").count + xml.components(separatedBy: "name=\"Outcome ").count - 2
        #expect(nodes == layout.tree.nodes.count)
        #expect(reader.connectorEnds.count == 2 * layout.tree.edges.count)
        #expect(reader.connectorEnds.allSatisfy { slide.boxIDs.contains($0) })
        // The route: its lines and boxes at 3 pt, its answers checked, its outcome badged.
        let heavyConnectors = xml.components(separatedBy: "<p:cxnSp>").dropFirst().filter {
            $0.contains("<a:ln w=\"\(DecisionTreeSlide.routeWidth)\">")
        }
        #expect(heavyConnectors.count == layout.path.count - 1)
        #expect(xml.contains("✓ RESULT"))
        #expect(xml.contains("<a:t>✓ \(report.decisionTree.path[0])</a:t>"))
    }

    @Test func ownershipTransfersAsATableAndASheet() throws {
        let report = try ReportFilesTests.report("harbourline-mutual")
        let changes = report.ownershipChanges
        #expect(!changes.transfers.isEmpty)
        let rows = ReportDeck.transferRows(changes, legend: ReportDeck.legend(report))
        #expect(rows.count == changes.transfers.count + 1)
        #expect(rows[0] == ["Task", "Role", "Change", "Today", "Target"])
        let first = changes.transfers[0]
        #expect(rows[1][0] == first.task)
        #expect(rows[1][1].hasSuffix("(\(first.code))"))
        let parts = DeckPackageReader.entries(try ReportDeck.make(report))
        #expect(parts.values.contains { $0.contains("<a:t>Ownership changes") && $0.contains("<a:tbl>") })
        let sheet = ReportWorkbook.transferSheet(report)
        #expect(sheet.name == "Ownership changes")
        #expect(sheet.rows.count == changes.transfers.count)
        #expect(sheet.rows[0][0] == .text(first.task))
    }
}
