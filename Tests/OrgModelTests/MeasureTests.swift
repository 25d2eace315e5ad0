import Testing

@testable import OrgModel

@Suite struct MeasureTests {
    static let chartYAML = """
        kind: orgchart
        currency: EUR
        measures: [{key: contractors, label: Contractors}]
        show: [headcount, cost]
        units:
          - {id: ceo, name: CEO, headcount: 2, cost: 400000}
          - {id: sales, name: Sales, parent: ceo, headcount: 1000, cost: 3000000, contractors: 12}
          - {id: emea, name: EMEA, parent: sales, headcount: 238, fte: 230.5, cost: 800000, vacancies: 3}
        """

    @Test func measuresAreReadAndRolledUp() throws {
        let chart = try #require(try loadInline(Self.chartYAML).chart)
        #expect(chart.settings.currency == "EUR")
        #expect(chart.settings.show == ["headcount", "cost"])
        #expect(chart.settings.measure("contractors")?.label == "Contractors")
        #expect(chart.unit("sales")?.measures == ["headcount": 1000, "cost": 3_000_000, "contractors": 12])
        let rolled = chart.rollUps()
        #expect(rolled[0] == ["headcount": 1240, "cost": 4_200_000, "contractors": 12, "fte": 230.5, "vacancies": 3])
        #expect(rolled[1]["headcount"] == 1238)
        #expect(chart.totals()["headcount"] == 1240)
        #expect(MeasureFormat.line(rolled[0], settings: chart.settings) == "1,240 HC · €4.2m")
    }

    @Test func formats() {
        #expect(MeasureFormat.grouped(1_234_567) == "1,234,567")
        #expect(MeasureFormat.grouped(96.5) == "96.5")
        #expect(MeasureFormat.grouped(0) == "0")
        #expect(MeasureFormat.money(950, currency: "USD") == "$950")
        #expect(MeasureFormat.money(12_500, currency: "GBP") == "£12.5k")
        #expect(MeasureFormat.money(1_300_000_000, currency: "CHF") == "CHF 1.3bn")
        #expect(
            MeasureFormat.format(
                12, as: MeasureDefinition(key: "contractors", label: "Contractors", unitSuffix: nil),
                currency: nil) == "12 Contractors")
        #expect(MeasureFormat.format(3, as: .vacancies, currency: nil) == "3 vacant")
    }

    @Test func numbersAsExportsWriteThem() {
        func value(_ text: String) -> Double? {
            if case .success(let v)? = MeasureValue.parse(text, percentAllowed: true) { return v }
            return nil
        }
        #expect(value("1240") == 1240)
        #expect(value("1,240.50") == 1240.5)
        #expect(value("1,5") == 1.5)
        #expect(value("80%") == 0.8)
        #expect(value("-0") == 0)
        #expect(value("1,24") == 1.24)
        #expect(value("12,34,567") == nil)
        #expect(value("1.2.3") == nil)
        #expect(value("1e5") == nil)
        #expect(value("") == nil)
    }

    @Test func badValuesAreErrorsAtTheValue() {
        let yaml = """
            kind: orgchart
            units:
              - {id: ceo, name: CEO, headcount: many}
              - {id: cco, name: CCO, parent: ceo, cost: -40}
            """
        #expect(
            errors(inline: yaml) == [
                "page.md:3:37: 'headcount' is 'many', not a number",
                "page.md:4:45: 'cost' is negative (-40)",
            ])
    }

    @Test func undeclaredMeasureIsAnUnknownKeyAndShowNamesKnownMeasures() {
        let yaml = """
            kind: orgchart
            show: [headcount, contractor]
            units:
              - {id: ceo, name: CEO, contractors: 3}
            """
        #expect(
            problems { try loadInline(yaml) } == [
                "page.md:2:19: error: unknown measure 'contractor'",
                "page.md:4:26: warning: unknown key 'contractors'",
            ])
    }

    @Test func declaringABuiltInTwiceIsAnError() {
        let yaml = """
            kind: orgchart
            measures: [{key: cost}, {label: No key}]
            units: [{id: ceo, name: CEO}]
            """
        #expect(
            errors(inline: yaml) == [
                "page.md:2:18: measure 'cost' is declared twice",
                "page.md:2:25: a declared measure has no 'key'",
            ])
    }

    @Test func targetsAreRead() throws {
        let yaml = """
            kind: orgchart
            targets: {span: {min: 4, max: 12}, layers: {max: 7}}
            units: [{id: ceo, name: CEO}]
            """
        let chart = try #require(try loadInline(yaml).chart)
        #expect(chart.settings.targets == OrgTargets(spanMin: 4, spanMax: 12, layersMax: 7))
        let bad = "kind: orgchart\ntargets: {span: {min: 9, max: four}}\nunits: [{id: ceo, name: CEO}]\n"
        #expect(errors(inline: bad) == ["page.md:2:31: target 'span.max' is 'four', not a whole number"])
    }
}
