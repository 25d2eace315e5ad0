import Foundation
import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct OwnershipMatrixRenderingTests {
    static let rendered = DiagramRenderer.render(.ownershipMatrix(Samples.matrix))

    @Test func htmlTableIsAccessible() throws {
        let doc = try XMLCheck.parseFragment(Self.rendered.html)
        let table = try #require(try XMLCheck.nodes(doc, "//table[@class='ownership-matrix']").first)
        #expect(try XMLCheck.nodes(table, "caption").first?.stringValue == "Who owns which CX task")
        #expect(
            try XMLCheck.nodes(table, "thead/tr/th[@scope='col']").map { $0.stringValue ?? "" }
                == ["Task", "CX centre of excellence", "Business units", "IT & Data"])
        #expect(try XMLCheck.nodes(table, "tbody/tr/th[@scope='rowgroup']").map { $0.stringValue ?? "" } == ["Measurement and insight"])
        #expect(try XMLCheck.nodes(table, "tbody/tr/th[@scope='row']").count == 4)
        let agile = try XMLCheck.nodes(table, "tbody/tr[th='Agile execution <sprints>']/td").map { $0.stringValue ?? "" }
        #expect(agile == ["", "O, S", "S"])
        let abbr = try #require(try XMLCheck.nodes(table, "//abbr[.='SH']").first)
        #expect(XMLCheck.attr(abbr, "title") == "Shared")
        #expect(try XMLCheck.nodes(doc, "//dl[@class='matrix-legend']/dt").map { $0.stringValue ?? "" } == ["O", "S", "SH"])
    }

    @Test func gridHasWrappedHeadersGroupsCellsAndLegend() throws {
        let g = MatrixLayout.layout(Samples.matrix)
        #expect(g.columnHeaders.count == 3)
        #expect(g.columnHeaders.contains { $0.label.lines.count > 1 }, "long column names wrap")
        for header in g.columnHeaders + g.legend {
            for line in header.label.lines {
                #expect(line.width * BoxLabel.safetyFactor <= header.rect.width - 2 * BoxLabel.paddingX + 1e-9)
            }
        }
        var groups = 0
        var rows = 0
        var all: [Rect] = g.columnHeaders.map(\.rect) + [g.corner.rect] + g.legend.map(\.rect)
        for row in g.rows {
            switch row {
            case .group(let box):
                groups += 1
                all.append(box.rect)
            case .task(let header, let cells):
                rows += 1
                all.append(header.rect)
                all += cells.map(\.box.rect)
                #expect(cells.count == 3)
            }
        }
        #expect(groups == 1 && rows == 4)
        for (i, a) in all.enumerated() { for b in all[(i + 1)...] { #expect(!a.overlaps(b)) } }
        let doc = try XMLCheck.parse(Self.rendered.svg)
        let filled = try XMLCheck.nodes(doc, "//*[local-name()='g'][contains(@class, 'code-SH')]")
        #expect(filled.count == 2)
        #expect(try XMLCheck.nodes(doc, "//*[contains(@class, 'legend-entry')]").count == 3)
    }
}
