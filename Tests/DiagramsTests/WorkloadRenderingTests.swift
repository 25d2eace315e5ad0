import Foundation
import Testing

@testable import Diagrams
@testable import Layout
@testable import OrgModel

/// The workload view: bar lengths follow the counts, rows never overlap, labels sit right
/// of their bars, and a column over its cap is marked without relying on colour.
@Suite struct WorkloadRenderingTests {
    static let matrix: OwnershipMatrix = {
        let legend = ["R", "A", "C", "I"].map { LegendEntry(code: $0, label: $0) }
        let rows = (1...6).map { i in MatrixRow(task: "Task \(i)", cells: ["coe": ["A", "R"], "ops": i <= 2 ? ["C"] : ["I"]]) }
        var matrix = OwnershipMatrix(
            title: "Who does what", legend: legend,
            columns: [MatrixColumn(id: "coe", name: "CX centre of excellence"), MatrixColumn(id: "ops", name: "Operations & IT")],
            groups: [MatrixRowGroup(name: nil, rows: rows)], isRACI: true)
        matrix.rules.limits = ["A": 4]
        return matrix
    }()

    @Test func barsAreProportionalAndRowsApart() {
        let workloads = RACICheck.workload(of: Self.matrix)
        #expect(workloads.map(\.counts) == [[6, 6, 0, 0], [0, 0, 2, 4]])
        #expect(workloads.map(\.overLimit) == [[1], []])
        let g = WorkloadLayout.layout(workloads, legend: Self.matrix.legend)
        let coe = g.rows[0].bars
        let ops = g.rows[1].bars
        let unit = coe[0].rect.width / 6
        #expect(unit > 0)
        #expect(abs(ops[3].rect.width - 4 * unit) < 0.001)
        #expect(ops[0].rect.width == 0)
        #expect(!g.rows[0].rect.overlaps(g.rows[1].rect))
        for row in g.rows {
            for bar in row.bars {
                #expect(bar.label.baseline.x >= bar.rect.maxX)
                #expect(bar.label.baseline.x + bar.label.width <= g.bounds.maxX)
                #expect(bar.rect.x >= row.header.rect.maxX)
            }
            // Lanes within a row do not overlap.
            for (a, b) in zip(row.bars, row.bars.dropFirst()) { #expect(a.rect.maxY <= b.rect.y) }
        }
        #expect(coe[1].limitX.map { abs($0 - (coe[1].rect.x + 4 * unit)) < 0.001 } == true)
    }

    @Test func overLimitIsHatchedDashedAndSpeltOut() throws {
        let rendered = DiagramRenderer.renderWorkload(Self.matrix)
        let svg = rendered.svg
        _ = try XMLCheck.parse(svg)
        #expect(svg.contains("viewBox=\"0 0 "))
        #expect(svg.contains("<title id=\"d-title\">Workload per column: Who does what</title>"))
        #expect(svg.contains("<g class=\"bar code-A over-limit\" data-count=\"6\"><rect class=\"bar-fill\""))
        #expect(svg.contains("fill=\"url(#d-over-limit)\" stroke=\"#9b1c1c\" stroke-width=\"2\" stroke-dasharray=\"4 2\""))
        #expect(svg.contains(">A 6 — over the limit of 4</text>"))
        #expect(svg.contains(">A 0 (limit 4)</text>"))
        #expect(svg.contains("Operations &amp; IT"))
        #expect(rendered.html.contains("<td class=\"over-limit\"><strong>6 (over the limit of 4)</strong></td>"))
        #expect(DiagramRenderer.renderWorkload(Self.matrix).svg == svg)
    }
}
