import Testing

@testable import OrgModel

@Suite struct PeopleTests {
    @Test func aPeopleChartCountsFilledPositionsAndVacancies() throws {
        let yaml = """
            kind: orgchart
            show: [headcount, vacancies]
            people:
              - {id: p1, name: Ana Ruiz, title: CEO, cost: 300000}
              - {id: p2, name: Ben Ode, manager: p1, title: CFO, fte: 0.8}
              - {id: p3, manager: p1, title: Analyst}
              - {id: p4, name: Cy Lam, manager: p2, vacant: true}
            """
        let chart = try #require(try loadInline(yaml).chart)
        #expect(chart.subject == .people)
        #expect(chart.units.map(\.vacant) == [false, false, true, true])
        #expect(chart.unit("p4")?.name == "")
        let totals = chart.totals()
        #expect(totals["headcount"] == 2)
        #expect(totals["vacancies"] == 2)
        #expect(totals["fte"] == 0.8)
        #expect(chart.measureLines()[0] == "2 HC · 2 vacant")
    }

    @Test func unitsWithPeopleTakeTheirPeoplesNumbers() throws {
        let yaml = """
            kind: orgchart
            units:
              - {id: hq, name: HQ, headcount: 1}
              - {id: ops, name: Ops, parent: hq}
            people:
              - {id: p1, name: Ana, unit: hq, cost: 100}
              - {id: p2, name: Ben, manager: p1, unit: ops, cost: 50}
              - {id: p3, manager: p2, unit: ops}
            """
        let chart = try #require(try loadInline(yaml).chart)
        #expect(chart.subject == .units)
        #expect(chart.people.map(\.id) == ["p1", "p2", "p3"])
        #expect(chart.unit("ops")?.measures == ["headcount": 1, "vacancies": 1, "cost": 50])
        #expect(chart.rollUps()[0] == ["headcount": 3, "vacancies": 1, "cost": 150])
    }

    @Test func peopleProblemsAreWordedForPeople() {
        let yaml = """
            kind: orgchart
            people:
              - {id: p1, name: Ana}
              - {id: p2, name: Ben, manager: p9}
              - {id: p2, name: Cy, manager: p1}
              - {id: p3, name: Di, manager: p4}
              - {id: p4, name: Ed, manager: p3}
            """
        #expect(
            errors(inline: yaml) == [
                "page.md:4:34: person 'p2' has manager 'p9', who matches nobody",
                "page.md:5:10: duplicate person id 'p2' (first used on line 4)",
                "page.md:6:33: people manage each other in a cycle: p3 → p4 → p3",
            ])
    }

    @Test func unknownUnitOfAPerson() {
        let yaml = """
            kind: orgchart
            units: [{id: hq, name: HQ}]
            people: [{id: p1, name: Ana, unit: hqq}]
            """
        #expect(errors(inline: yaml) == ["page.md:3:36: person 'p1' is in unit 'hqq', which the chart does not list"])
    }
}

@Suite struct PrivateFieldTests {
    @Test func aMisspeltPrivateFieldIsRefused() {
        let yaml = "kind: orgchart\nprivate: [costs]\npeople: [{id: p1, name: Ana, cost: 3}]\n"
        #expect(errors(inline: yaml) == ["page.md:2:11: 'private' names 'costs', which is no field of this data"])
    }

    @Test func namesGiveWayToTitles() throws {
        let yaml = "kind: orgchart\nprivate: [name]\npeople: [{id: p1, name: Ana, title: CEO}, {id: p2, name: Ben, manager: p1}]\n"
        let chart = try #require(try loadInline(yaml).chart)
        #expect(chart.units.map(\.name) == ["CEO", ""])
        #expect(chart.units.map(\.title) == [nil, nil])
    }
}
