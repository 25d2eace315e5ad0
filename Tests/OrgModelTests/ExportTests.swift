import Diagnostics
import Foundation
import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct ExportTests {
    private func load(_ yaml: String, files: [String: String]) throws -> (LoadedDocument?, [String]) {
        let folder = try TemporaryFolder(files: files.merging(["chart.yaml": yaml]) { a, _ in a })
        defer { folder.cleanUp() }
        do {
            return (try OrgDataLoader.load(file: folder.path + "/chart.yaml"), [])
        } catch let error as DiagnosticError {
            return (
                nil,
                error.diagnostics.filter { $0.severity == .error }.map {
                    short($0).replacingOccurrences(of: folder.path + "/", with: "").replacingOccurrences(of: ": error: ", with: ": ")
                }
            )
        }
    }

    @Test func aWorkdayExportOf1500PeopleReadsWithThePreset() throws {
        let generator = ExportGenerator(count: 1_500, seed: 7)
        let (loaded, errors) = try load(
            "kind: orgchart\nsource: workday.csv\npreset: workday\ncolor-by: Location\n",
            files: ["workday.csv": generator.workdayCSV()])
        #expect(errors == [])
        let chart = try #require(loaded?.chart)
        #expect(chart.subject == .people)
        #expect(chart.units.count == 1_500)
        let vacant = generator.people.filter(\.vacant).count
        #expect(vacant > 10)
        #expect(chart.units.filter(\.vacant).count == vacant)
        let totals = chart.totals()
        #expect(totals["headcount"] == Double(1_500 - vacant))
        #expect(totals["vacancies"] == Double(vacant))
        #expect(totals["cost"] == generator.people.filter { !$0.vacant }.map(\.cost).reduce(0, +))
        #expect(chart.unit("E10001")?.attributes["Location"] != nil)
        #expect(chart.unit("E10001")?.unit == generator.people[1].unit)
        #expect(loaded?.warnings.map(\.message) == ["columns kept as attributes (usable by 'color-by'): 'Location'"])
    }

    @Test func aBambooHRExportResolvesManagersByName() throws {
        let generator = ExportGenerator(count: 1_500, seed: 11)
        let (loaded, errors) = try load(
            "kind: orgchart\nsource: bamboo.csv\npreset: bamboohr\n",
            files: ["bamboo.csv": generator.bambooCSV()])
        #expect(errors == [])
        let chart = try #require(loaded?.chart)
        let people = generator.people.filter { !$0.vacant }
        #expect(chart.units.count == people.count)
        #expect(chart.unit("E10005")?.parent == generator.people[generator.people[5].manager!].id)
        #expect(chart.unit("E10005")?.name == generator.people[5].name)
        #expect(chart.totals()["cost"] == people.map(\.cost).reduce(0, +))
    }

    @Test func explicitColumnsWithSeveralNameColumns() throws {
        let csv = "Emp,Given,Family,Boss,Pay\n1,Ana,Ruiz,,\"100,000.00\"\n2,Ben,Ode,1,\"50,000\"\n"
        let yaml = "kind: orgchart\nsource: hr.csv\ncolumns: {id: Emp, name: [Given, Family], manager: Boss, cost: Pay}\n"
        let (loaded, errors) = try load(yaml, files: ["hr.csv": csv])
        #expect(errors == [])
        let chart = try #require(loaded?.chart)
        #expect(chart.unit("2")?.name == "Ben Ode")
        #expect(chart.totals()["cost"] == 150_000)
    }

    @Test func unknownPreset() throws {
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\npreset: workdays\n", files: ["hr.csv": "a,b\n1,2\n"])
        #expect(errors == ["chart.yaml:3:9: unknown preset 'workdays'"])
    }

    @Test func mappedColumnMissingFromTheHeaderListsTheHeader() throws {
        let (_, errors) = try load(
            "kind: orgchart\nsource: hr.csv\ncolumns: {id: Emp ID, manager: Boss}\n",
            files: ["hr.csv": "Emp,Boss\n1,\n"])
        #expect(errors == ["chart.yaml:3:15: the header has no column 'Emp ID' (mapped to 'id'); it has 'Emp', 'Boss'"])
    }

    @Test func managerNameSharedBySeveralPeople() throws {
        let csv = "id,name,manager\n1,Ana Ruiz,\n2,Sam Lee,Ana Ruiz\n3,Sam Lee,Ana Ruiz\n4,Kim Ito,Sam Lee\n5,Jo Day,Nobody\n"
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\n", files: ["hr.csv": csv])
        #expect(
            errors == [
                "hr.csv:5:11: person '4' has manager 'Sam Lee', a name several people share: '2', '3'",
                "hr.csv:6:10: person '5' has manager 'Nobody', who matches nobody",
            ])
    }

    @Test func duplicateIDsAndCyclesInAnExport() throws {
        let csv = "id,name,manager\n1,Ana,\n2,Ben,3\n3,Cy,2\n1,Di,\n"
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\n", files: ["hr.csv": csv])
        #expect(
            errors == [
                "hr.csv:3:7: people manage each other in a cycle: 2 → 3 → 2",
                "hr.csv:5:1: duplicate person id '1' (first used on line 2)",
            ])
    }

    @Test func unknownColorByAttribute() throws {
        let (_, errors) = try load(
            "kind: orgchart\nsource: hr.csv\ncolor-by: Locaton\n",
            files: ["hr.csv": "id,name,manager,Location\n1,Ana,,Paris\n"])
        #expect(errors == ["chart.yaml:3:11: 'color-by' names 'Locaton', which is no attribute of this data"])
    }

    @Test func nonNumericAndNegativeMeasuresInAnExport() throws {
        let csv = "id,name,manager,fte,cost\n1,Ana,,full,10\n2,Ben,1,1,-3\n"
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\n", files: ["hr.csv": csv])
        #expect(errors == ["hr.csv:2:8: 'fte' is 'full', not a number", "hr.csv:3:11: 'cost' is negative (-3)"])
    }
}

@Suite struct PeopleCSVFileTests {
    @Test func aPeopleCSVReadsDirectlyAsAPeopleChart() throws {
        let folder = try TemporaryFolder(files: ["people.csv": "id;name;manager;fte;Site\n1;Ana;;1;Paris\n2;;1;0,5;Lyon\n"])
        defer { folder.cleanUp() }
        let chart = try #require(try OrgDataLoader.load(file: folder.path + "/people.csv").chart)
        #expect(chart.subject == .people)
        #expect(chart.unit("2")?.vacant == true)
        #expect(chart.unit("2")?.measures["fte"] == 0.5)
        #expect(chart.unit("1")?.attributes == ["Site": "Paris"])
    }

    @Test func peopleInYAMLGroupByUnit() throws {
        let yaml = """
            kind: orgchart
            group-by: unit
            people:
              - {id: p1, name: Ana, unit: HQ, cost: 10}
              - {id: p2, name: Ben, manager: p1, unit: Ops, cost: 5}
              - {id: p3, manager: p2, unit: Ops}
            """
        let chart = try #require(try loadInline(yaml).chart)
        #expect(chart.units.map(\.id) == ["HQ", "Ops"])
        #expect(chart.rollUps()[0] == ["headcount": 2, "vacancies": 1, "cost": 15])
    }
}
