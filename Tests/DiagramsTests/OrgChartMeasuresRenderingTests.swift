import Testing

@testable import Diagrams
@testable import OrgModel

@Suite struct OrgChartMeasuresRenderingTests {
    private var chart: OrgChart {
        var chart = OrgChart(
            title: "Sales",
            units: [
                OrgUnit(id: "ceo", name: "Ana", title: "CEO", measures: ["cost": 400_000]),
                OrgUnit(id: "s1", name: "Ben", parent: "ceo", measures: ["cost": 3_800_000]),
                OrgUnit(id: "s2", name: "", parent: "ceo", title: "Analyst", vacant: true),
            ], rootID: "ceo")
        chart.subject = .people
        chart.settings.currency = "EUR"
        chart.settings.show = ["headcount", "cost"]
        return chart
    }

    @Test func boxesShowTheirMeasuresLine() {
        let svg = DiagramRenderer.render(.orgChart(chart)).svg
        #expect(svg.contains("CEO · 2\u{00A0}HC\u{00A0}·\u{00A0}€4.2m"))
        #expect(svg.contains(">1\u{00A0}HC\u{00A0}·\u{00A0}€3.8m<"))
    }

    @Test func vacantPositionsAreDashedWithABadge() {
        let svg = DiagramRenderer.render(.orgChart(chart)).svg
        #expect(svg.contains("VACANT"))
        #expect(svg.contains("vacant\" data-id=\"s2\""))
        #expect(svg.contains("<g class=\"vacant-position\" stroke-dasharray=\"4 3\"><g class=\"node unit depth-1 vacant\""))
    }
}

@Suite struct OrgChartColorByRenderingTests {
    @Test func boxesCarryAColouredShapeAndTheLegendNamesEachValue() {
        var chart = OrgChart(
            title: nil,
            units: [
                OrgUnit(id: "a", name: "Ana", attributes: ["Location": "Paris"]),
                OrgUnit(id: "b", name: "Ben", parent: "a", attributes: ["Location": "Lyon"]),
                OrgUnit(id: "c", name: "Cy", parent: "a", attributes: ["Location": "Paris"]),
            ], rootID: "a")
        chart.subject = .people
        chart.settings.colorBy = "Location"
        #expect(chart.colorGroups()?.values == ["Paris", "Lyon"])
        #expect(chart.colorGroups()?.groupOfUnit == [0, 1, 0])
        let svg = DiagramRenderer.render(.orgChart(chart)).svg
        #expect(svg.components(separatedBy: "style=\"fill:#E69F00;").count - 1 == 3)  // two boxes and the legend
        #expect(svg.contains(">■</text>"))
        #expect(svg.contains(">Lyon</text>"))
        #expect(svg.contains(">Location</text>"))
        // Each box's mark names its unit, so a collapsed branch hides its marks on screen;
        // the legend's marks name none.
        let marked = svg.components(separatedBy: "<text class=\"color-mark\" data-for=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(marked == ["a", "b", "c"])
        #expect(svg.components(separatedBy: "class=\"color-mark\"").count - 1 == 5)
    }
}

@Suite struct OrgDiffReviewRenderingTests {
    @Test func aDiffOfPeopleShowsDeltasBandsAndFindings() {
        func chart(_ people: [OrgUnit]) -> OrgChart {
            var chart = OrgChart(title: nil, units: people, rootID: "a")
            chart.subject = .people
            chart.settings.currency = "EUR"
            chart.settings.targets = OrgTargets(spanMin: 2)
            return chart
        }
        let before = chart([
            OrgUnit(id: "a", name: "Ana", measures: ["cost": 100_000]),
            OrgUnit(id: "b", name: "Ben", parent: "a", measures: ["cost": 50_000]),
        ])
        let after = chart([
            OrgUnit(id: "a", name: "Ana", measures: ["cost": 100_000]),
            OrgUnit(id: "b", name: "Ben", parent: "a", measures: ["cost": 60_000]),
            OrgUnit(id: "c", name: "Cy", parent: "a"),
        ])
        let html = DiagramRenderer.render(.orgDiff(OrgDiff(title: nil, before: before, after: after))).html
        #expect(html.contains("<tr><th scope=\"row\">Cost</th><td>€150k</td><td>€160k</td><td>+€10k</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Headcount</th><td>2</td><td>3</td><td>+1</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Managers with a span of 2–3</th><td>0</td><td>1</td><td>+1</td></tr>"))
        #expect(html.contains("Every manager and layer is within the targets."))
    }
}
