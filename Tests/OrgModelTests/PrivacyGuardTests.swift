import Foundation
import Testing

@testable import OrgData
@testable import OrgModel

/// `PrivacyGuard` finds a chart's private values in output bytes, in the forms Orgbook
/// writes them, and nothing that only looks like them.
@Suite struct PrivacyGuardTests {
    static let csv = """
        id,name,manager,title,unit,cost,Location
        p1,Ana Ruiz,,CEO,HQ,91001,Porto
        p2,Ben O'Neil,p1,CFO,Finance,52003,Faro
        p3,Cyd Lamar,p2,Analyst,Finance,30007,Faro

        """

    private func chart() throws -> OrgChart {
        let folder = try TemporaryFolder(files: ["people.csv": Self.csv])
        defer { folder.cleanUp() }
        let yaml = "kind: orgchart\nsource: people.csv\nprivate: [name, cost, Location]\n"
        return try #require(try loadInline(yaml, base: folder.path).chart)
    }

    private func privacy() throws -> PrivacyGuard { PrivacyGuard(try chart().privateValues) }

    private func leak(_ text: String, tabular: Bool = false) throws -> String? {
        try privacy().leak(in: Data(text.utf8), tabular: tabular)?.field
    }

    @Test func valuesAreGatheredBeforeTheyAreRedacted() throws {
        let chart = try chart()
        #expect(chart.units.map(\.name) == ["CEO", "CFO", "Analyst"])
        #expect(chart.privateValues.texts["Ana Ruiz"] == "name")
        #expect(chart.privateValues.texts["Porto"] == "Location")
        // 52,003 + 30,007 is what p2's box sums; the single values stay private.
        #expect(chart.privateValues.numbers[52_003] == "cost")
        #expect(chart.privateValues.numbers[82_010] == nil)
    }

    @Test func namesAreFoundAsWholeWordsAndEscaped() throws {
        #expect(try leak("<text>Ana Ruiz</text>") == "name")
        #expect(try leak("<p>Ben O&#39;Neil</p>") == "name")
        #expect(try leak("<a:t>Ben O&apos;Neil</a:t>") == "name")
        #expect(try leak("Ben O'Neil,") == "name")
        #expect(try leak("Diana Ruizova and Porto's") == "Location")
        #expect(try leak("Diana Ruizova, Portofino") == nil)
    }

    @Test func numbersAreFoundGroupedAnywhereAndPlainOnlyInTables() throws {
        #expect(try leak("<text>€52,003</text>") == "cost")
        #expect(try leak("id,cost\np2,52003\n", tabular: true) == "cost")
        #expect(try leak("<c r=\"B2\"><v>52003</v></c>", tabular: true) == "cost")
        // Coordinates and longer numbers are not values.
        #expect(try leak("<rect x=\"52003\" width=\"152,003.5\"/>") == nil)
        #expect(try leak("id,cost\np2,52003.5\n", tabular: true) == nil)
        #expect(try leak("total 82,010") == nil)
    }

    @Test func anErrorNamesTheFileAndTheFieldButNotTheValue() throws {
        let privacy = try privacy()
        do {
            try privacy.check(Data("Cyd Lamar".utf8), writing: "Public/index.html")
            Issue.record("no error")
        } catch {
            #expect(error.message.contains("Public/index.html"))
            #expect(error.message.contains("'name'"))
            #expect(!error.description.contains("Lamar"))
        }
    }

    @Test func aChartWithNothingPrivateGuardsNothing() throws {
        let chart = try #require(try loadInline("kind: orgchart\npeople:\n  - {id: p1, name: Ana Ruiz}\n").chart)
        #expect(PrivacyGuard(chart.privateValues).isEmpty)
    }

    @Test func aComparisonShowsNoOnePersonUnitsCostAndAllowsChangesOfSums() throws {
        let after = Self.csv.replacingOccurrences(of: "p3,Cyd Lamar,p2,Analyst,Finance", with: "p3,Cyd Lamar,p1,Analyst,HQ")
        let folder = try TemporaryFolder(files: [
            "before.csv": Self.csv, "after.csv": after,
            "diff.yaml": """
            kind: org-diff
            before: {source: before.csv, group-by: unit, private: [cost]}
            after: {source: after.csv, group-by: unit, private: [cost]}

            """,
        ])
        defer { folder.cleanUp() }
        let loaded = try OrgDataLoader.load(file: folder.path + "/diff.yaml")
        let diff = try #require(loaded.diff)
        // HQ held Ana alone, Finance holds Ben alone after: neither side shows their cost.
        let csv = ChangeListCSV.write(diff)
        for secret in ["91,001", "91001", "52,003", "52003"] { #expect(!csv.contains(secret), "\(secret) in \(csv)") }
        // Cyd's move changes two sums by her cost: a change of a sum, not her value.
        let values = loaded.document.privateValues
        #expect(values.numbers[30_007] == nil)
        #expect(values.numbers[91_001] == "cost")
    }
}
