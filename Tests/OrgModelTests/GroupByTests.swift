import Diagnostics
import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct GroupByTests {
    private func load(_ yaml: String, csv: String) throws -> (OrgChart?, [String]) {
        let folder = try TemporaryFolder(files: ["chart.yaml": yaml, "hr.csv": csv])
        defer { folder.cleanUp() }
        do {
            return (try OrgDataLoader.load(file: folder.path + "/chart.yaml").chart, [])
        } catch let error as DiagnosticError {
            return (
                nil,
                error.diagnostics.filter { $0.severity == .error }.map {
                    short($0).replacingOccurrences(of: folder.path + "/", with: "").replacingOccurrences(of: ": error: ", with: ": ")
                }
            )
        }
    }

    @Test func aWorkdayExportBecomesAUnitChartWithRollUps() throws {
        let generator = ExportGenerator(count: 1_500, seed: 7)
        let (loaded, errors) = try load(
            "kind: orgchart\nsource: hr.csv\npreset: workday\ngroup-by: unit\nshow: [headcount, cost]\ncurrency: EUR\n",
            csv: generator.workdayCSV())
        #expect(errors == [])
        let chart = try #require(loaded)
        var distinct: [String] = []
        for person in generator.people where !distinct.contains(person.unit) { distinct.append(person.unit) }
        #expect(chart.subject == .units)
        #expect(chart.units.map(\.id) == distinct)
        #expect(chart.rootID == "Executive")
        #expect(chart.people.count == 1_500)
        let rolled = chart.rollUps()
        let filled = generator.people.filter { !$0.vacant }
        #expect(rolled[0]["headcount"] == Double(filled.count))
        #expect(rolled[0]["cost"] == filled.map(\.cost).reduce(0, +))
        // A department's roll-up is everyone in it and in its teams.
        let sales = try #require(chart.indexByID["Sales"])
        let inSales = filled.filter { $0.unit == "Sales" || $0.unit.hasPrefix("Sales / ") }
        #expect(rolled[sales]["headcount"] == Double(inSales.count))
        #expect(chart.unit("Sales")?.parent == "Executive")
        #expect(chart.unit("Sales")?.title == generator.people[1].name)
        #expect(chart.measureLines()[0]?.hasPrefix("\(MeasureFormat.grouped(Double(filled.count))) HC · €") == true)
    }

    @Test func groupByAnAttributeColumn() throws {
        let csv = "id,name,manager,Region\n1,Ana,,HQ\n2,Ben,1,North\n3,Cy,2,North\n4,Di,1,South\n"
        let (chart, errors) = try load("kind: orgchart\nsource: hr.csv\ngroup-by: region\n", csv: csv)
        #expect(errors == [])
        #expect(chart?.units.map(\.id) == ["HQ", "North", "South"])
        #expect(chart?.unit("North")?.measures["headcount"] == 2)
    }

    @Test func emptyGroupValue() throws {
        let csv = "id,name,manager,unit\n1,Ana,,HQ\n2,Ben,1,\n"
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\ngroup-by: unit\n", csv: csv)
        #expect(errors == ["hr.csv:3:9: person '2' has no value in 'unit', the 'group-by' column"])
    }

    @Test func unitWhosePeopleReportIntoDifferentUnitsHasNoSingleHead() throws {
        let csv = "id,name,manager,unit\n1,Ana,,HQ\n2,Ben,1,Ops\n3,Cy,1,Tech\n4,Di,2,Data\n5,Ed,3,Data\n"
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\ngroup-by: unit\n", csv: csv)
        #expect(errors == ["hr.csv:6:6: unit 'Data' has no single head: '4', '5' report into different units ('Ops', 'Tech')"])
    }

    /// Units that would report into each other always have a second head (the chain to
    /// the top leaves the pair somewhere), so the error names that head.
    @Test func unitsThatWouldReportIntoEachOtherHaveTwoHeads() throws {
        let csv = "id,name,manager,unit\n1,Ana,,HQ\n2,Ben,1,A\n3,Cy,2,B\n4,Di,3,A\n"
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\ngroup-by: unit\n", csv: csv)
        #expect(errors == ["hr.csv:5:6: unit 'A' has no single head: '2', '4' report into different units ('HQ', 'B')"])
    }

    @Test func unknownGroupByColumn() throws {
        let (_, errors) = try load("kind: orgchart\nsource: hr.csv\ngroup-by: Regoin\n", csv: "id,name,manager,Region\n1,Ana,,HQ\n")
        #expect(errors == ["chart.yaml:3:11: 'group-by' names 'Regoin', which is neither a field nor a column of this data"])
    }
}
