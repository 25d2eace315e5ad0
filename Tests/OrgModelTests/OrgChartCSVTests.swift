import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct OrgChartCSVTests {
    private func csvErrors(_ csv: String) throws -> [String] {
        let folder = try TemporaryFolder(files: ["org.csv": csv])
        defer { folder.cleanUp() }
        return errors { try OrgDataLoader.load(file: folder.path + "/org.csv") }
            .map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
    }

    @Test func readmeExampleLoads() throws {
        let chart = try #require(try OrgDataLoader.load(file: fixture("readme-orgchart.csv")).chart)
        #expect(chart.units.map(\.id) == ["ceo", "cco", "cfo"])
        #expect(chart.unit("cco")?.title == "Customer Office")
        #expect(chart.unit("cco")?.dotted == ["cfo"])
        #expect(chart.unit("cco")?.location?.line == 3)
        #expect(chart.root.parent == nil)
    }

    @Test func columnsInAnyOrderAndSeveralDottedManagers() throws {
        let csv = "Name,ID,Dotted,Parent\nBoss,b,,\nAide,a,\"b; c\",b\nOther,c,,b\n"
        let folder = try TemporaryFolder(files: ["org.csv": csv])
        defer { folder.cleanUp() }
        let chart = try #require(try OrgDataLoader.load(file: folder.path + "/org.csv").chart)
        #expect(chart.unit("a")?.dotted == ["b", "c"])
        #expect(chart.unit("a")?.name == "Aide")
    }

    @Test func missingRequiredColumn() throws {
        #expect(try csvErrors("id,name\nceo,CEO\n") == ["org.csv:1:1: the header has no 'parent' column"])
    }

    @Test func extraColumnsAreAttributesNamedOnceInANote() throws {
        let csv = "id,name,Location,parent,headcount\nceo,CEO,Paris,,3\ncco,CCO,Lyon,ceo,12\n"
        let folder = try TemporaryFolder(files: ["org.csv": csv])
        defer { folder.cleanUp() }
        let loaded = try OrgDataLoader.load(file: folder.path + "/org.csv")
        let chart = try #require(loaded.chart)
        #expect(chart.unit("cco")?.attributes == ["Location": "Lyon"])
        #expect(chart.unit("cco")?.measures == ["headcount": 12])
        #expect(loaded.warnings.map(\.message) == ["columns kept as attributes (usable by 'color-by'): 'Location'"])
    }

    @Test func semicolonsAndTabsAreSniffed() throws {
        for separator in [";", "\t"] {
            let csv = ["id,name,parent,fte", "ceo,CEO,,1,5", "cco,CCO,ceo,80%"].map {
                $0.replacingOccurrences(of: ",", with: separator).replacingOccurrences(of: "1\(separator)5", with: "1,5")
            }.joined(separator: "\r\n")
            let folder = try TemporaryFolder(files: ["org.csv": "\u{FEFF}" + csv])
            defer { folder.cleanUp() }
            let chart = try #require(try OrgDataLoader.load(file: folder.path + "/org.csv").chart)
            #expect(chart.unit("ceo")?.measures["fte"] == 1.5)
            #expect(chart.unit("cco")?.measures["fte"] == 0.8)
        }
    }

    @Test func badMeasureInCSV() throws {
        #expect(
            try csvErrors("id,name,parent,cost\nceo,CEO,,12k\ncco,CCO,ceo,-5\n") == [
                "org.csv:2:10: 'cost' is '12k', not a number",
                "org.csv:3:13: 'cost' is negative (-5)",
            ])
    }

    @Test func duplicateColumn() throws {
        #expect(try csvErrors("id,name,parent,Name\nceo,CEO,,Boss\n") == ["org.csv:1:16: column 'name' appears twice in the header"])
    }

    @Test func unterminatedQuoteInAFile() throws {
        #expect(
            try csvErrors("id,name,parent\nceo,CEO,\ncco,\"Chief Customer Officer,ceo\n")
                == ["org.csv:3:1: row has 2 fields but the header has 3", "org.csv:3:5: quoted field is never closed"])
    }

    @Test func wrongFieldCount() throws {
        #expect(try csvErrors("id,name,parent\nceo,CEO,\ncco,CCO\n") == ["org.csv:3:1: row has 2 fields but the header has 3"])
    }

    @Test func unknownParentPointsAtTheField() throws {
        #expect(try csvErrors("id,name,parent\nceo,CEO,\ncco,CCO,cxo\n") == ["org.csv:3:9: unit 'cco' has unknown parent 'cxo'"])
    }

    @Test func unknownDottedManagerPointsInsideTheField() throws {
        #expect(
            try csvErrors("id,name,parent,dotted\nceo,CEO,,\ncco,CCO,ceo,ceo; cfx\n")
                == ["org.csv:3:18: unit 'cco' has unknown dotted-line manager 'cfx'"])
    }

    @Test func emptyFile() throws {
        #expect(try csvErrors("") == ["org.csv:1:1: the CSV file is empty"])
    }

    @Test func yamlAndCSVOfTheLargeChartAgree() throws {
        let fromYAML = try #require(try OrgDataLoader.load(file: fixture("large-org.yaml")).chart)
        let fromCSV = try #require(try OrgDataLoader.load(file: fixture("large-org.csv")).chart)
        let strip = { (units: [OrgUnit]) in
            units.map { unit -> OrgUnit in
                var copy = unit
                copy.location = nil
                return copy
            }
        }
        #expect(strip(fromYAML.units) == strip(fromCSV.units))
        #expect(fromYAML.units.count == 409)
        #expect(fromCSV.unit("div3-dep1")?.location?.line == 106)
    }
}
