import Foundation
import Testing

@testable import Diagrams
@testable import Layout
@testable import OrgModel

/// The accountability transfer diagram: owners stacked on two sides, one edge per flow
/// from the left boxes' right edge to the right boxes' left edge, counts apart, lost
/// accountability dashed into a "Nobody" box.
@Suite struct TransferRenderingTests {
    static let changes: OwnershipChanges = {
        let legend = ["R", "A", "C", "I"].map { LegendEntry(code: $0, label: $0) }
        let today = OwnershipMatrix(
            title: nil, legend: legend,
            columns: [MatrixColumn(id: "mkt", name: "Marketing", unit: "mkt"), MatrixColumn(id: "svc", name: "Service", unit: "svc")],
            groups: [
                MatrixRowGroup(
                    name: nil,
                    rows: [
                        MatrixRow(task: "Survey", cells: ["mkt": ["A"]]), MatrixRow(task: "Plan", cells: ["mkt": ["A"]]),
                        MatrixRow(task: "Training", cells: ["svc": ["A"]]), MatrixRow(task: "Letters", cells: ["svc": ["A"]]),
                    ])
            ], isRACI: true)
        let target = OwnershipMatrix(
            title: nil, legend: legend, columns: [MatrixColumn(id: "coe", name: "CX & insight", unit: "coe")],
            groups: [
                MatrixRowGroup(
                    name: nil,
                    rows: [
                        MatrixRow(task: "Survey", cells: ["coe": ["A"]]), MatrixRow(task: "Plan", cells: ["coe": ["A"]]),
                        MatrixRow(task: "Training", cells: ["coe": ["A"]]),
                    ])
            ], isRACI: true)
        let chart = { (ids: [String]) in
            OrgChart(
                title: nil, units: [OrgUnit(id: "ceo", name: "CEO")] + ids.map { OrgUnit(id: $0, name: $0, parent: "ceo") }, rootID: "ceo")
        }
        return OwnershipChanges(current: today, target: target, before: chart(["mkt", "svc"]), after: chart(["coe"]))
    }()

    @Test func flowsGroupTasksByOwners() {
        #expect(
            Self.changes.accountableFlows.map { "\($0.from.key)→\($0.to?.key ?? "-"): \($0.tasks)" } == [
                "mkt→coe: [\"Survey\", \"Plan\"]", "svc→coe: [\"Training\"]", "svc→-: [\"Letters\"]",
            ])
    }

    @Test func edgesRunBetweenTheColumnsAndCountsStayApart() {
        let g = TransferLayout.layout(Self.changes.accountableFlows)
        #expect(g.leftKeys == ["mkt", "svc"])
        #expect(g.rightKeys == ["coe", nil])
        for (a, b) in zip(g.left, g.left.dropFirst()) { #expect(a.rect.maxY < b.rect.y) }
        for (a, b) in zip(g.right, g.right.dropFirst()) { #expect(a.rect.maxY < b.rect.y) }
        for edge in g.edges {
            #expect(edge.start.x == g.left[edge.from].rect.maxX)
            #expect(edge.end.x == g.right[edge.to].rect.x)
            #expect(edge.start.y > g.left[edge.from].rect.y && edge.start.y < g.left[edge.from].rect.maxY)
            #expect(edge.end.y > g.right[edge.to].rect.y && edge.end.y < g.right[edge.to].rect.maxY)
        }
        // Two edges leave 'svc': their counts sit a lane apart.
        let svc = g.edges.filter { $0.from == 1 }.map(\.label.baseline.y)
        #expect(svc.count == 2 && abs(svc[1] - svc[0]) >= TransferLayout.lane - 0.001)
    }

    @Test func lostAccountabilityIsDashedAndNamed() throws {
        let rendered = DiagramRenderer.renderTransfers(Self.changes, title: "Who answers")
        let svg = rendered.svg
        _ = try XMLCheck.parse(svg)
        #expect(svg.contains("<g class=\"node target lost\" data-id=\"nobody\">"))
        #expect(svg.contains(">Nobody (accountability lost)</text>"))
        #expect(svg.contains("<path class=\"edge transfer removed\""))
        #expect(svg.contains("style=\"stroke-width:1.4;stroke-dasharray:5 4\""))
        // Two tasks on one edge: a heavier line, the count, and the tasks in its title.
        #expect(svg.contains("<title>Survey; Plan</title><path class=\"edge transfer\""))
        #expect(svg.contains("style=\"stroke-width:3\""))
        #expect(svg.contains("CX &amp; insight"))
        #expect(DiagramRenderer.renderTransfers(Self.changes, title: "Who answers").svg == svg)
    }
}
