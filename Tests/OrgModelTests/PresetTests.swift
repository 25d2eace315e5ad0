import Diagnostics
import Foundation
import Testing

@testable import OrgData
@testable import OrgModel

/// The presets read exports laid out as their systems document them.
@Suite struct PresetTests {
    private func load(_ yaml: String, files: [String: String]) throws -> LoadedDocument {
        let folder = try TemporaryFolder(files: files.merging(["chart.yaml": yaml]) { a, _ in a })
        defer { folder.cleanUp() }
        return try OrgDataLoader.load(file: folder.path + "/chart.yaml")
    }

    @Test func aBambooHRExportOf1500PeopleBecomesAPeopleAndAUnitChart() throws {
        let generator = ExportGenerator(count: 1_500, seed: 23)
        let files = ["bamboo.csv": generator.bambooCSV()]
        let people = generator.people.filter { !$0.vacant }
        let peopleChart = try #require(try load("kind: orgchart\nsource: bamboo.csv\npreset: bamboohr\n", files: files).chart)
        #expect(peopleChart.units.count == people.count)
        // "Pay Rate" is the preset's cost column.
        #expect(peopleChart.totals()["cost"] == people.map(\.cost).reduce(0, +))
        let loaded = try load("kind: orgchart\nsource: bamboo.csv\npreset: bamboohr\ngroup-by: unit\n", files: files)
        let units = try #require(loaded.chart)
        #expect(units.subject == .units)
        #expect(units.units.count == Set(people.map(\.unit)).count)
        let root = units.rollUps()[units.indexByID[units.rootID]!]
        #expect(root["headcount"] == Double(people.count))
        #expect(root["cost"] == people.map(\.cost).reduce(0, +))
    }

    @Test func aSuccessFactorsUserDataFileSkipsItsLabelRowAndReadsNoManager() throws {
        let generator = ExportGenerator(count: 60, seed: 5)
        let loaded = try load(
            "kind: orgchart\nsource: udf.csv\npreset: successfactors\n", files: ["udf.csv": generator.successFactorsCSV()])
        let chart = try #require(loaded.chart)
        #expect(chart.units.count == generator.people.filter { !$0.vacant }.count)
        #expect(chart.unit("USERID") == nil)
        #expect(chart.rootID == "E10000")
        #expect(chart.unit("E10003")?.name == generator.people[3].name)
        #expect(chart.unit("E10003")?.unit == generator.people[3].unit)
    }
}
