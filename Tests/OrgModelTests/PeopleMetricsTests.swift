import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct PeopleMetricsTests {
    /// p1 manages p2..p4; p2 manages p5 and p6 (and a vacancy v1); p3 manages p7; p5 manages p8.
    static let yaml = """
        kind: orgchart
        targets: {span: {min: 3, max: 3}, layers: {max: 3}}
        people:
          - {id: p1, name: Ana, cost: 10}
          - {id: p2, name: Ben, manager: p1, cost: 5}
          - {id: p3, name: Cy, manager: p1}
          - {id: p4, name: Di, manager: p1}
          - {id: p5, name: Ed, manager: p2}
          - {id: p6, name: Fe, manager: p2}
          - {id: v1, manager: p2}
          - {id: p7, name: Gu, manager: p3}
          - {id: p8, name: Hu, manager: p5}
        """

    @Test func spansLayersAndThePyramid() throws {
        let chart = try #require(try loadInline(Self.yaml).chart)
        let metrics = try #require(chart.peopleMetrics())
        #expect(metrics.headcount == 8)
        #expect(metrics.vacancies == 1)
        #expect(metrics.managers == 4)
        #expect(metrics.individualContributors == 4)
        #expect(metrics.contributorsPerManager == 1)
        #expect(metrics.layers == 4)
        #expect(metrics.headcountByLayer == [1, 3, 3, 1])
        #expect(metrics.averageSpan == 2)
        #expect(metrics.largestSpan == 3)
        #expect(metrics.spanBuckets == [.one: 2, .twoToThree: 2])
        #expect(metrics.narrowSpanManagers == ["p3", "p5"])
        #expect(metrics.totals["cost"] == 15)
        #expect(metrics.totals["headcount"] == 8)
    }

    @Test func buckets() {
        #expect(
            [1, 2, 3, 4, 7, 8, 12, 13, 16, 17, 40].map { SpanBucket(span: $0).rawValue }
                == ["1", "2–3", "2–3", "4–7", "4–7", "8–12", "8–12", "13–16", "13–16", "17+", "17+"])
    }

    @Test func everyBreachIsListedByName() throws {
        let chart = try #require(try loadInline(Self.yaml).chart)
        #expect(
            chart.targetBreaches().map(\.summary) == [
                "Cy (p3): span 1, target at least 3",
                "Ed (p5): span 1, target at least 3",
                "Hu (p8): layer 4, target at most 3 layers",
            ])
    }

    @Test func theSeededExportHasTheUsualShape() throws {
        let generator = ExportGenerator(count: 1_500, seed: 7)
        let folder = try TemporaryFolder(files: [
            "hr.csv": generator.workdayCSV(),
            "chart.yaml": "kind: orgchart\nsource: hr.csv\npreset: workday\ngroup-by: unit\n",
        ])
        defer { folder.cleanUp() }
        let chart = try #require(try OrgDataLoader.load(file: folder.path + "/chart.yaml").chart)
        let metrics = try #require(chart.peopleMetrics())
        #expect(metrics.headcount + metrics.vacancies == 1_500)
        #expect(metrics.headcountByLayer.reduce(0, +) == metrics.headcount)
        #expect(metrics.spanBuckets.values.reduce(0, +) == metrics.managers)
        #expect(metrics.largestSpan <= 10)
        #expect((4...7).contains(metrics.layers))
    }
}
