import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct OrgMetricsTests {
    @Test func wideChart() throws {
        let loaded = try OrgDataLoader.load(file: fixture("wide-org.yaml"))
        let chart = try #require(loaded.chart)
        #expect(chart.children(of: "service").count == 36)
        #expect(chart.children(of: "service").first?.id == "team01")
        let metrics = OrgMetrics(chart: chart)
        #expect(metrics.units == 38)
        #expect(metrics.layers == 3)
        #expect(metrics.largestSpan == 36)
        #expect(metrics.spanDistribution == [1: 1, 36: 1])
        #expect(metrics.averageSpan == 18.5)
        #expect(metrics.reportingToRoot == 1)
    }

    @Test func largeGeneratedChart() throws {
        let chart = try #require(try OrgDataLoader.load(file: fixture("large-org.yaml")).chart)
        let metrics = OrgMetrics(chart: chart)
        #expect(
            metrics
                == OrgMetrics(
                    units: 409, layers: 4, averageSpan: 408.0 / 49.0, largestSpan: 9,
                    spanDistribution: [8: 1, 5: 8, 9: 40], reportingToRoot: 8, dottedLines: 7))
    }

    /// 2,000 units, once as a bushy tree and once as a single chain 2,000 layers deep:
    /// validation walks each unit once, so both load quickly and without deep recursion.
    @Test func twoThousandUnits() throws {
        var bushy = "units:\n  - { id: u0, name: Unit 0 }\n"
        var chain = bushy
        for i in 1..<2000 {
            bushy += "  - { id: u\(i), name: Unit \(i), parent: u\((i - 1) / 7) }\n"
            chain += "  - { id: u\(i), name: Unit \(i), parent: u\(i - 1) }\n"
        }
        let bushyChart = try #require(try loadInline(bushy, kind: .orgChart).chart)
        #expect(OrgMetrics(chart: bushyChart).layers == 5)
        let chainChart = try #require(try loadInline(chain, kind: .orgChart).chart)
        #expect(OrgMetrics(chart: chainChart).layers == 2000)
        #expect(OrgMetrics(chart: chainChart).spanDistribution == [1: 1999])
    }

    @Test func loneRoot() throws {
        let chart = try #require(try loadInline("units: [{ id: a, name: A }]", kind: .orgChart).chart)
        #expect(
            OrgMetrics(chart: chart)
                == OrgMetrics(
                    units: 1, layers: 1, averageSpan: 0, largestSpan: 0,
                    spanDistribution: [:], reportingToRoot: 0, dottedLines: 0))
    }

    @Test func loadingIsDeterministic() throws {
        let first = try OrgDataLoader.load(file: fixture("diff/org-diff.yaml"))
        let second = try OrgDataLoader.load(file: fixture("diff/org-diff.yaml"))
        #expect(first.document == second.document)
        let bad =
            "units:\n  - { id: a, name: A, parent: z }\n  - { id: b, name: '', parent: y, dotted: [q] }\n  - { id: c, name: C }\n  - { id: d, name: D }\n"
        #expect(problems { try loadInline(bad, kind: .orgChart) } == problems { try loadInline(bad, kind: .orgChart) })
    }
}
