import Foundation
import Testing

/// Every bad HR export is an error with its place, a non-zero exit, and nothing written.
@Suite struct ExportBadInputTests {
    static let header = "Employee ID,Worker,Manager ID,FTE,Location\n"
    static let cases: [(name: String, yaml: String, csv: String, expected: String)] = [
        ("unknown preset", "preset: workdays\n", header + "E1,Ana,,1,Paris\n", "team.yaml:3:9: error: unknown preset 'workdays'"),
        ("missing column", "columns: {id: Emp ID, manager: Manager ID}\n", header + "E1,Ana,,1,Paris\n", "has no column 'Emp ID'"),
        (
            "duplicate id", "preset: workday\n", header + "E1,Ana,,1,Paris\nE1,Ben,,1,Paris\n",
            "people.csv:3:1: error: duplicate person id 'E1'"
        ),
        ("manager matches nobody", "preset: workday\n", header + "E1,Ana,,1,Paris\nE2,Ben,Zed,1,Paris\n", "who matches nobody"),
        (
            "manager matches several", "preset: workday\n",
            header + "E1,Ana,,1,Paris\nE2,Sam,E1,1,Paris\nE3,Sam,E1,1,Paris\nE4,Kim,Sam,1,Paris\n",
            "a name several people share"
        ),
        ("cycle", "preset: workday\n", header + "E1,Ana,,1,Paris\nE2,Ben,E3,1,Paris\nE3,Cy,E2,1,Paris\n", "in a cycle"),
        ("non-numeric measure", "preset: workday\n", header + "E1,Ana,,full,Paris\n", "people.csv:2:9: error: 'fte' is 'full'"),
        ("negative measure", "preset: workday\n", header + "E1,Ana,,-1,Paris\n", "'fte' is negative"),
        ("empty group-by", "preset: workday\ngroup-by: Location\n", header + "E1,Ana,,1,Paris\nE2,Ben,E1,1,\n", "no value in 'Location'"),
        (
            "unknown color-by", "preset: workday\ncolor-by: Locaton\n", header + "E1,Ana,,1,Paris\n",
            "team.yaml:4:11: error: 'color-by' names 'Locaton'"
        ),
        ("not a workbook", "preset: workday\nsheet: People\n", "", "is not an Excel workbook"),
    ]

    @Test(arguments: cases.indices)
    func aBadExportFailsWithItsPlaceAndWritesNothing(index: Int) throws {
        let bad = Self.cases[index]
        let folder = try TestSupport.temporaryFolder()
        let source = bad.csv.isEmpty ? "people.xlsx" : "people.csv"
        try TestSupport.write(bad.csv.isEmpty ? "not a zip" : bad.csv, to: folder.appendingPathComponent(source))
        try TestSupport.write("kind: orgchart\nsource: \(source)\n" + bad.yaml, to: folder.appendingPathComponent("team.yaml"))
        let result = try TestSupport.run(["render", "team.yaml", "-o", "team.svg"], in: folder)
        #expect(result.status != 0, "\(bad.name)")
        #expect(result.stderr.contains(bad.expected), "\(bad.name): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("team.svg").path), "\(bad.name)")
    }
}
