import Diagnostics
import Foundation
import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct XLSXTests {
    private func load(
        _ yaml: String, sheets: [(name: String, rows: [[String]])], cutting damaged: String? = nil
    ) throws -> (OrgChart?, [String]) {
        let folder = try TemporaryFolder(files: ["chart.yaml": yaml])
        defer { folder.cleanUp() }
        try WorkbookWriter.write(sheets, to: folder.path + "/hr.xlsx", cutting: damaged)
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

    static let people: [[String]] = [
        ["Employee ID", "Worker", "Manager ID", "Business Title", "FTE", "Hire Date"],
        ["1", "Ana & Co", "", "CEO", "1", "=date:45322"],
        ["2", "Ben", "1", "CFO", "0.80000000000000004", "=date:36526.5"],
    ]

    @Test func theFirstSheetReadsWithSharedStringsNumbersAndDates() throws {
        let (chart, errors) = try load(
            "kind: orgchart\nsource: hr.xlsx\npreset: workday\n",
            sheets: [("People", Self.people), ("Other", [["x"]])])
        #expect(errors == [])
        #expect(chart?.unit("1")?.name == "Ana & Co")
        #expect(chart?.unit("2")?.measures["fte"] == 0.8)
        #expect(chart?.unit("1")?.attributes["Hire Date"] == "2024-01-31")
        #expect(chart?.unit("2")?.attributes["Hire Date"] == "2000-01-01T12:00")
    }

    @Test func aNamedSheet() throws {
        let (chart, errors) = try load(
            "kind: orgchart\nsource: hr.xlsx\nsheet: people\npreset: workday\n",
            sheets: [("Notes", [["read me"]]), ("People", Self.people)])
        #expect(errors == [])
        #expect(chart?.units.count == 2)
    }

    @Test func noSuchSheet() throws {
        let (_, errors) = try load("kind: orgchart\nsource: hr.xlsx\nsheet: Staff\n", sheets: [("People", Self.people)])
        #expect(errors == ["chart.yaml:2:9: the workbook has no sheet 'Staff'; its sheets are 'People'"])
    }

    @Test func errorsNameTheSheetRowAndColumn() throws {
        var rows = Self.people
        rows[2][4] = "half"
        rows[1][3] = "#N/A"
        let (_, errors) = try load("kind: orgchart\nsource: hr.xlsx\npreset: workday\n", sheets: [("People", rows)])
        #expect(errors == ["hr.xlsx[People]:2:4: cell D2 of sheet 'People' holds the Excel error #N/A"])
        rows[1][3] = "CEO"
        let (_, second) = try load("kind: orgchart\nsource: hr.xlsx\npreset: workday\n", sheets: [("People", rows)])
        #expect(second == ["hr.xlsx[People]:3:5: 'fte' is 'half', not a number"])
    }

    @Test func aFileThatIsNoWorkbook() throws {
        let folder = try TemporaryFolder(files: ["chart.yaml": "kind: orgchart\nsource: hr.xlsx\n", "hr.xlsx": "id,name\n"])
        defer { folder.cleanUp() }
        let found = errors { try OrgDataLoader.load(file: folder.path + "/chart.yaml") }
            .map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(found == ["chart.yaml:2:9: 'hr.xlsx' is not an Excel workbook (.xlsx)"])
    }

    @Test(arguments: ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"])
    func aDamagedPartIsNamedNotReadInPart(part: String) throws {
        // A sheet cut off halfway still parses up to the cut; those rows must not pass for
        // the whole table.
        let (chart, errors) = try load(
            "kind: orgchart\nsource: hr.xlsx\npreset: workday\n", sheets: [("People", Self.people)], cutting: part)
        #expect(chart == nil)
        #expect(errors == ["chart.yaml:2:9: 'hr.xlsx' is damaged: its part \(part) is not well-formed XML"])
    }

    @Test func excelDates() {
        #expect(ExcelDate.iso(serial: 1, date1904: false) == "1899-12-31")
        #expect(ExcelDate.iso(serial: 61, date1904: false) == "1900-03-01")
        #expect(ExcelDate.iso(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.plainNumber("85000") == "85000")
        #expect(XLSXPartParser.isDateFormat("\"Day\" 0.00") == false)
        #expect(XLSXPartParser.isDateFormat("[Red]0.00") == false)
        #expect(XLSXPartParser.isDateFormat("yyyy-mm-dd") == true)
        #expect(XLSXPartParser.position("AB12")! == (12, 28))
    }
}
