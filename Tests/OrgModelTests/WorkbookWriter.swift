import Foundation
import ZIPFoundation

/// Writes a minimal .xlsx for tests: sheets of rows, strings shared, numbers stored as
/// numbers, cells given as `=date:45322` stored as date serials with a date style, and
/// `#N/A`-style texts stored as error cells.
enum WorkbookWriter {
    /// `cutting` names a part written cut off halfway, as a damaged file has it.
    static func write(_ sheets: [(name: String, rows: [[String]])], to path: String, cutting damaged: String? = nil) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        var strings: [String] = []
        var stringIndex: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let index = stringIndex[text] { return index }
            stringIndex[text] = strings.count
            strings.append(text)
            return strings.count - 1
        }
        var sheetParts: [String] = []
        for (_, rows) in sheets {
            var xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            for (r, row) in rows.enumerated() {
                xml += "<row r=\"\(r + 1)\">"
                for (c, value) in row.enumerated() where !value.isEmpty {
                    let reference = column(c + 1) + "\(r + 1)"
                    if value.hasPrefix("=date:") {
                        xml += "<c r=\"\(reference)\" s=\"1\"><v>\(value.dropFirst(6))</v></c>"
                    } else if value.hasPrefix("#") {
                        xml += "<c r=\"\(reference)\" t=\"e\"><v>\(value)</v></c>"
                    } else if Double(value) != nil {
                        xml += "<c r=\"\(reference)\"><v>\(value)</v></c>"
                    } else {
                        xml += "<c r=\"\(reference)\" t=\"s\"><v>\(shared(value))</v></c>"
                    }
                }
                xml += "</row>"
            }
            sheetParts.append(xml + "</sheetData></worksheet>")
        }
        let sheetList = sheets.enumerated().map { "<sheet name=\"\(escape($1.name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }
            .joined()
        let relations = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        var parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
            ),
            (
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(sheetList)</sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>"
            ),
            (
                "xl/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"
            ),
        ]
        for (index, xml) in sheetParts.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", xml)) }
        let sharedXML = strings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined()
        parts.append(
            (
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(sharedXML)</sst>"
            ))
        for (name, text) in parts {
            let data = Data(text.utf8).prefix(name == damaged ? text.utf8.count / 2 : text.utf8.count)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    private static func column(_ number: Int) -> String {
        var number = number
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(65 + remainder)!) + name
            number = (number - 1) / 26
        }
        return name
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
