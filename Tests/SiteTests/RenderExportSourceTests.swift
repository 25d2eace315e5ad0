import ByteText
import Foundation
import Testing

/// `orgbook render export.xlsx|export.csv -o chart.svg` with flags for what a chart YAML
/// would say, read by the same loader.
@Suite struct RenderExportSourceTests {
    static let rows = [
        ["Employee ID", "Worker", "Manager ID", "Business Title", "Supervisory Organization", "FTE"],
        ["E1", "Ana Ruiz", "", "CEO", "Executive", "1"],
        ["E2", "Ben Odeh", "E1", "CFO", "Finance", "1"],
        ["E3", "Cyd Lamar", "E2", "Analyst", "Finance", "0.8"],
        ["E4", "Dee Park", "E1", "Head of Sales", "Sales", "1"],
    ]

    /// A workbook with a notes sheet first and the export on `People`, strings inline.
    static func workbook(at url: URL) throws {
        func sheet(_ rows: [[String]]) -> Data {
            var xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            for (r, row) in rows.enumerated() {
                xml += "<row r=\"\(r + 1)\">"
                for (c, value) in row.enumerated() where !value.isEmpty {
                    let reference = String(UnicodeScalar(UInt8(65 + c))) + "\(r + 1)"
                    xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
                }
                xml += "</row>"
            }
            return Data((xml + "</sheetData></worksheet>").utf8)
        }
        var zip = ZipWriter()
        try zip.add(
            path: "xl/workbook.xml",
            contents: Data(
                ("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"People\" sheetId=\"2\" r:id=\"rId2\"/>"
                    + "</sheets></workbook>").utf8))
        try zip.add(
            path: "xl/_rels/workbook.xml.rels",
            contents: Data(
                ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/></Relationships>").utf8))
        try zip.add(path: "xl/worksheets/sheet1.xml", contents: sheet([["Exported by HR"]]))
        try zip.add(path: "xl/worksheets/sheet2.xml", contents: sheet(rows))
        try zip.finish().write(to: url)
    }

    private func folder() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try Self.workbook(at: folder.appendingPathComponent("export.xlsx"))
        try TestSupport.write(
            Self.rows.map { $0.joined(separator: ";") }.joined(separator: "\n") + "\n", to: folder.appendingPathComponent("export.csv"))
        return folder
    }

    @Test func anXLSXExportRendersWithAPresetAndASheet() throws {
        let folder = try folder()
        let result = try TestSupport.run(
            ["render", "export.xlsx", "--preset", "workday", "--sheet", "People", "-o", "chart.svg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try TestSupport.read(folder.appendingPathComponent("chart.svg"))
        #expect(svg.contains("Cyd Lamar"))
    }

    @Test func anHRCSVRendersAsAUnitChartWithGroupBy() throws {
        let folder = try folder()
        let result = try TestSupport.run(
            ["render", "export.csv", "--preset", "workday", "--group-by", "unit", "-o", "units.svg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try TestSupport.read(folder.appendingPathComponent("units.svg"))
        #expect(svg.contains("Finance") && svg.contains("Sales"))
        #expect(!svg.contains("Cyd Lamar"))
    }

    @Test func columnFlagsMapColumnsWithoutAPreset() throws {
        let folder = try folder()
        let result = try TestSupport.run(
            [
                "render", "export.xlsx", "--sheet", "people", "--column", "id=Employee ID", "--column", "manager=Manager ID",
                "--column", "name=Worker", "-o", "chart.svg",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try TestSupport.read(folder.appendingPathComponent("chart.svg")).contains("Dee Park"))
    }

    @Test func anExportWithNoMappingSaysWhichFlagIsMissing() throws {
        let folder = try folder()
        for file in ["export.xlsx", "export.csv"] {
            let arguments = ["render", file, "-o", "chart.svg"] + (file.hasSuffix(".xlsx") ? ["--sheet", "People"] : [])
            let result = try TestSupport.run(arguments, in: folder)
            #expect(result.status != 0)
            #expect(result.stderr.contains("--preset") && result.stderr.contains("--column id="), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("chart.svg").path))
        }
    }

    @Test func badFlagsAreNamed() throws {
        let folder = try folder()
        let preset = try TestSupport.run(["render", "export.xlsx", "--preset", "workdays", "-o", "chart.svg"], in: folder)
        #expect(preset.stderr.contains("error: --preset: unknown preset 'workdays'"), "\(preset.stderr)")
        let sheet = try TestSupport.run(
            ["render", "export.xlsx", "--preset", "workday", "--sheet", "Staff", "-o", "chart.svg"], in: folder)
        #expect(sheet.status != 0)
        #expect(sheet.stderr.contains("Staff") && sheet.stderr.contains("People"), "\(sheet.stderr)")
        let column = try TestSupport.run(["render", "export.csv", "--column", "id", "-o", "chart.svg"], in: folder)
        #expect(column.status != 0)
        #expect(column.stderr.contains("FIELD=COLUMN"), "\(column.stderr)")
        try TestSupport.write("kind: orgchart\nunits:\n  - {id: a, name: A}\n", to: folder.appendingPathComponent("chart.yaml"))
        let yaml = try TestSupport.run(["render", "chart.yaml", "--preset", "workday", "-o", "chart.svg"], in: folder)
        #expect(yaml.status != 0)
        #expect(yaml.stderr.contains("not one"), "\(yaml.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("chart.svg").path))
    }

    @Test func aPrivateNameKeepsRenderFromWritingAnything() throws {
        let folder = try folder()
        try TestSupport.write(
            "kind: orgchart\nsource: export.csv\npreset: workday\nprivate: [name]\ntitle: Ana Ruiz's team\n",
            to: folder.appendingPathComponent("team.yaml"))
        let result = try TestSupport.run(["render", "team.yaml", "-o", "team.svg"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("team.svg") && result.stderr.contains("'name'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("team.svg").path))
    }
}
