import Foundation
import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct OrgDiffReviewTests {
    static let yaml = """
        kind: org-diff
        before:
          show: [headcount]
          targets: {span: {max: 2}}
          people:
            - {id: p1, name: Ana, cost: 100}
            - {id: p2, name: Ben, manager: p1, cost: 50, unit: Ops}
            - {id: p3, name: Cy, manager: p1, unit: Ops}
            - {id: p4, name: Di, manager: p1, unit: Tech}
        after:
          show: [headcount]
          targets: {span: {max: 2}}
          people:
            - {id: p1, name: Ana, cost: 100}
            - {id: p2, name: Ben, manager: p1, cost: 60, unit: Ops, dotted: p4}
            - {id: p4, name: Dee, manager: p1, unit: Tech}
            - {id: p3, name: Cy, manager: p2, unit: Tech}
            - {id: p5, name: Ed, manager: p4, cost: 40, unit: Tech}
        """

    @Test func deltasOfEveryMeasureAndMetric() throws {
        let diff = try #require(try loadInline(Self.yaml).diff)
        let rows = Dictionary(uniqueKeysWithValues: diff.metricDeltas().map { ($0.key, ($0.before, $0.after)) })
        #expect(rows["headcount"]! == (4, 5))
        #expect(rows["cost"]! == (150, 200))
        #expect(rows["managers"]! == (1, 3))
        #expect(rows["layers"]! == (2, 3))
        #expect(rows["average-span"]! == (3, 4.0 / 3))
        #expect(rows["dotted-lines"]! == (0, 1))
        #expect(rows["breaches"]! == (1, 0))
    }

    @Test func changeListCoversMovesUnitsDottedLinesAndMeasures() throws {
        let diff = try #require(try loadInline(Self.yaml).diff)
        let lines = diff.changeList().map { record in
            let deltas = record.measureDeltas.keys.sorted().map { "\($0) \(record.measureDeltas[$0]!)" }.joined(separator: ", ")
            return "\(record.id) \(record.change.rawValue) \(record.from) → \(record.to) [\(deltas)]"
        }
        #expect(
            lines == [
                "p2 dotted line added  → p4 []",
                "p2 changed measures cost 50 → cost 60 [cost 10.0]",
                "p4 renamed Di → Dee []",
                "p3 moved p1 → p2 []",
                "p3 changed unit Ops → Tech []",
                "p5 added  → p4 [cost 40.0, headcount 1.0, vacancies 0.0]",
            ])
    }

    @Test func changeListCSV() throws {
        let diff = try #require(try loadInline(Self.yaml).diff)
        let csv = ChangeListCSV.write(diff).components(separatedBy: "\r\n")
        #expect(csv[0] == "id,name,change,from,to,headcount delta,fte delta,cost delta,vacancies delta")
        #expect(csv[2] == "p2,Ben,changed measures,cost 50,cost 60,,,10,")
        #expect(csv[6] == "p5,Ed,added,,p4,1,,40,0")
        #expect(csv.count == 8)
        #expect(ChangeListCSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(ChangeListCSV.field("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }

    @Test func twoSeededExportsMakeABeforeAfterReview() throws {
        let before = ExportGenerator(count: 1_500, seed: 7)
        let after = before.reorganised(seed: 3)
        let chart = "preset: workday\ngroup-by: unit\ntargets: {span: {min: 4, max: 12}, layers: {max: 5}}\n"
        let folder = try TemporaryFolder(files: [
            "before.csv": before.workdayCSV(), "after.csv": after.workdayCSV(),
            "diff.yaml":
                "kind: org-diff\nbefore:\n  source: before.csv\n  \(chart.replacingOccurrences(of: "\n", with: "\n  "))\nafter:\n  source: after.csv\n  \(chart.replacingOccurrences(of: "\n", with: "\n  "))\n",
        ])
        defer { folder.cleanUp() }
        let diff = try #require(try OrgDataLoader.load(file: folder.path + "/diff.yaml").diff)
        let rows = Dictionary(uniqueKeysWithValues: diff.metricDeltas().map { ($0.key, $0) })
        #expect(rows["headcount"]?.delta == -10)
        #expect(rows["cost"]?.delta == 30 * 5_000 + 10 * 50_000 - after.removedCost(from: before))
        #expect(rows["breaches"] != nil)
        let changes = diff.changeList()
        #expect(changes.filter { $0.change == .added && $0.id.hasPrefix("N") }.count == 10)
        #expect(changes.filter { $0.change == .removed && $0.id.hasPrefix("E") }.count == 20)
        #expect(changes.filter { $0.change == .changedUnit }.count >= 1)
        #expect(diff.before.targetBreaches().count > 0)
    }
}

extension ExportGenerator {
    /// The cost of the people of `before` who are not in this one.
    func removedCost(from before: ExportGenerator) -> Double {
        let ids = Set(people.map(\.id))
        return before.people.filter { !ids.contains($0.id) && !$0.vacant }.map(\.cost).reduce(0, +)
    }
}
