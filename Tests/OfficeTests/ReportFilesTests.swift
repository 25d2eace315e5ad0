import Foundation
import OrgModel
import Testing

@testable import Office
@testable import ReportModel

/// The bundled reports as a deck and a workbook: same bytes for the same report, native
/// tables, numbers stored as numbers, and `private:` fields never written.
@Suite struct ReportFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func report(_ client: String) throws -> Report {
        try ReportLoader.load(bundle: root.appendingPathComponent("Content/reports/\(client)").path).report
    }

    @Test(arguments: ["harbourline-mutual", "fernhill-rowe"])
    func deckIsDeterministicWithTables(client: String) throws {
        let report = try Self.report(client)
        let deck = try ReportDeck.make(report)
        #expect(deck == (try ReportDeck.make(report)))
        let text = String(decoding: deck, as: UTF8.self)
        #expect(text.contains("<a:tbl>"))
        #expect(text.contains("[moved]") || text.contains("[added]") || text.contains("[removed]"))
        #expect(text.contains(escaped(report.client)))
    }

    @Test(arguments: ["harbourline-mutual", "fernhill-rowe"])
    func workbookHasNumbersAsNumbers(client: String) throws {
        let report = try Self.report(client)
        let sheet = ReportWorkbook.metricSheet(report.orgDiff)
        let xml = WorkbookPackage.sheetXML(sheet)
        // Units before: a number cell (no t="inlineStr"), holding the count.
        #expect(xml.contains("<c r=\"B2\"><v>\(report.orgDiff.beforeMetrics.units)</v></c>"))
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<autoFilter ref=\"A1:D7\"/>"))
        let book = try ReportWorkbook.make(report)
        #expect(book == (try ReportWorkbook.make(report)))
    }

    @Test func privateFieldsNeverAppear() {
        var units = [OrgUnit(id: "a", name: "Ann", title: "Lead"), OrgUnit(id: "b", name: "Bo", parent: "a", title: "Agent")]
        units[0].attributes = ["salary": "91000", "site": "Leeds"]
        units[1].attributes = ["salary": "42000", "site": "York"]
        var chart = OrgChart(title: nil, units: units, rootID: "a")
        chart.settings.privateFields = ["salary", "title"]
        let sheet = ReportWorkbook.unitSheet("Units", chart.units, of: chart)
        #expect(!sheet.header.contains("salary"))
        #expect(!sheet.header.contains("Title"))
        #expect(sheet.header.contains("site"))
        let xml = WorkbookPackage.sheetXML(sheet)
        #expect(!xml.contains("91000") && !xml.contains("42000") && !xml.contains("Lead"))
    }

    @Test func columnLetters() {
        #expect(WorkbookPackage.column(0) == "A")
        #expect(WorkbookPackage.column(25) == "Z")
        #expect(WorkbookPackage.column(26) == "AA")
        #expect(WorkbookPackage.column(701) == "ZZ")
    }

    /// The client's name as it appears escaped in the XML.
    func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "&", with: "&amp;")
    }
}
