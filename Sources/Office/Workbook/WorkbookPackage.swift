import ByteText
import Foundation

/// A SpreadsheetML package (.xlsx): one worksheet per table, each with its header row
/// frozen and filters on; numbers written as numbers. Fixed order and timestamps: the
/// same tables give the same bytes.
public struct WorkbookPackage {
    /// One cell: text, or a number Excel can sum and sort.
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(Double)
    }

    /// One worksheet: a header row, then data rows.
    public struct Sheet: Sendable {
        public var name: String
        public var header: [String]
        public var rows: [[Cell]]

        public init(name: String, header: [String], rows: [[Cell]]) {
            self.name = name
            self.header = header
            self.rows = rows
        }
    }

    var title: String
    var sheets: [Sheet] = []

    /// The package's bytes.
    func data() throws -> Data {
        var zip = ZipWriter()
        var overrides: [(String, String)] = [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
        ]
        for k in sheets.indices {
            overrides.append(
                ("/xl/worksheets/sheet\(k + 1).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        }
        func add(_ path: String, _ text: String) throws { try zip.add(path: path, contents: Data(text.utf8)) }
        try add("[Content_Types].xml", PackageCommon.contentTypes(overrides))
        try add("_rels/.rels", PackageCommon.packageRelationships(mainPart: "xl/workbook.xml"))
        try add("docProps/core.xml", PackageCommon.coreProperties(title: title))
        try add("docProps/app.xml", PackageCommon.appProperties())
        try add("xl/workbook.xml", workbookXML())
        try add(
            "xl/_rels/workbook.xml.rels",
            PackageCommon.relationships(sheets.indices.map { ("worksheet", "worksheets/sheet\($0 + 1).xml") } + [("styles", "styles.xml")]))
        try add("xl/styles.xml", Self.stylesXML)
        for (k, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(k + 1).xml", Self.sheetXML(sheet)) }
        return try zip.finish()
    }

    private func workbookXML() -> String {
        var m = OfficeXML()
        m.raw("<workbook xmlns=\"\(OfficeNamespace.spreadsheet)\" xmlns:r=\"\(OfficeNamespace.officeRelationships)\"><sheets>")
        for (k, sheet) in sheets.enumerated() {
            m.raw("<sheet")
            m.attribute("name", sheet.name)
            m.raw(" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>")
        }
        m.raw("</sheets><definedNames>")
        // Excel keeps each sheet's filter range as this hidden name.
        for (k, sheet) in sheets.enumerated() {
            m.raw("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(k)\" hidden=\"1\">")
            m.escaped("'\(sheet.name.replacingOccurrences(of: "'", with: "''"))'!\(Self.range(sheet, absolute: true))")
            m.raw("</definedName>")
        }
        m.raw("</definedNames></workbook>")
        return m.text
    }

    /// Two cell formats: 0 plain, 1 the bold header.
    private static let stylesXML =
        OfficeXML().text
        + "<styleSheet xmlns=\"\(OfficeNamespace.spreadsheet)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Liberation Sans\"/></font><font><b/><sz val=\"11\"/><name val=\"Liberation Sans\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    static func sheetXML(_ sheet: Sheet) -> String {
        var m = OfficeXML()
        m.raw("<worksheet xmlns=\"\(OfficeNamespace.spreadsheet)\" xmlns:r=\"\(OfficeNamespace.officeRelationships)\">")
        m.raw("<dimension ref=\"\(range(sheet, absolute: false))\"/>")
        m.raw(
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        )
        m.raw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
        m.raw("<sheetFormatPr defaultRowHeight=\"15\"/><cols>")
        for k in sheet.header.indices {
            let longest =
                ([sheet.header[k]]
                + sheet.rows.compactMap { row -> String? in
                    guard k < row.count, case .text(let t) = row[k] else { return nil }
                    return t
                }).map(\.count).max() ?? 8
            m.raw("<col min=\"\(k + 1)\" max=\"\(k + 1)\" width=\"\(min(max(longest + 2, 8), 60))\" customWidth=\"1\"/>")
        }
        m.raw("</cols><sheetData>")
        for (r, row) in ([sheet.header.map { Cell.text($0) }] + sheet.rows).enumerated() {
            m.raw("<row r=\"\(r + 1)\">")
            for (c, cell) in row.enumerated() {
                let ref = "\(column(c))\(r + 1)"
                switch cell {
                case .text(let text):
                    m.raw("<c r=\"\(ref)\" t=\"inlineStr\"\(r == 0 ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">")
                    m.escaped(text)
                    m.raw("</t></is></c>")
                case .number(let value):
                    m.raw("<c r=\"\(ref)\"><v>\(number(value))</v></c>")
                }
            }
            m.raw("</row>")
        }
        m.raw("</sheetData><autoFilter ref=\"\(range(sheet, absolute: false))\"/></worksheet>")
        return m.text
    }

    /// `A1:D12`, or `$A$1:$D$12`.
    static func range(_ sheet: Sheet, absolute: Bool) -> String {
        let d = absolute ? "$" : ""
        return "\(d)A\(d)1:\(d)\(column(max(sheet.header.count - 1, 0)))\(d)\(sheet.rows.count + 1)"
    }

    /// Column letters: 0 → A, 25 → Z, 26 → AA.
    static func column(_ index: Int) -> String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// Integers without a decimal point; others in Swift's shortest round-trip form.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
