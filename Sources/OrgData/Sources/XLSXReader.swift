import Diagnostics
import Foundation
import OrgModel
import ZIPFoundation

/// Reads the first sheet (or the one `sheet:` names) of an Excel workbook as a table:
/// ZIPFoundation opens the container, `XLSXPartParser` (Foundation's XMLParser) reads the
/// parts. Shared and inline strings, numbers, booleans and dates (cells whose number
/// format is a date, written as ISO `2024-01-31`) are read; error cells are named errors.
/// Cells are placed as `book.xlsx[Sheet]:row:column`.
enum XLSXReader {
    static func table(_ path: String, sheet wanted: String?, at place: SourceLocation, context: LoadContext) -> DataTable? {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read),
            let workbookXML = part("xl/workbook.xml", in: archive),
            let relationsXML = part("xl/_rels/workbook.xml.rels", in: archive)
        else {
            context.report(XLSXError.notAWorkbook(path: path), at: place)
            return nil
        }
        let workbook = XLSXPartParser.workbook(workbookXML)
        let targets = XLSXPartParser.relationships(relationsXML)
        guard !workbook.sheets.isEmpty else {
            context.report(XLSXError.notAWorkbook(path: path), at: place)
            return nil
        }
        let chosen: (name: String, relation: String)
        if let wanted {
            guard
                let found = workbook.sheets.first(where: { $0.name == wanted })
                    ?? workbook.sheets.first(where: { $0.name.lowercased() == wanted.lowercased() })
            else {
                context.report(XLSXError.noSuchSheet(wanted, available: workbook.sheets.map(\.name)), at: place)
                return nil
            }
            chosen = found
        } else {
            chosen = workbook.sheets[0]
        }
        guard let target = targets[chosen.relation], let sheetXML = part(partPath(target), in: archive) else {
            context.report(XLSXError.notAWorkbook(path: path), at: place)
            return nil
        }
        let strings = part("xl/sharedStrings.xml", in: archive).map(XLSXPartParser.sharedStrings) ?? []
        let dateStyles = part("xl/styles.xml", in: archive).map(XLSXPartParser.dateStyles) ?? []
        let cells = XLSXPartParser.cells(sheetXML)

        let sheetPath = "\(path)[\(chosen.name)]"
        var grid: [Int: [Int: String]] = [:]
        var errorsFound = false
        for cell in cells {
            let text: String
            switch cell.type {
            case "s": text = Int(cell.value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
            case "inlineStr", "str": text = cell.value
            case "b": text = cell.value == "1" ? "TRUE" : "FALSE"
            case "e":
                context.report(
                    XLSXError.cellError(value: cell.value, cell: cell.reference, sheet: chosen.name),
                    at: SourceLocation(path: sheetPath, line: cell.row, column: cell.column))
                errorsFound = true
                continue
            default:
                if let style = cell.style, dateStyles.contains(style), let serial = Double(cell.value) {
                    text = ExcelDate.iso(serial: serial, date1904: workbook.date1904)
                } else {
                    text = ExcelDate.plainNumber(cell.value)
                }
            }
            grid[cell.row, default: [:]][cell.column] = text.trimmingWhitespace
        }
        guard !errorsFound else { return nil }
        let rowNumbers = grid.keys.sorted().filter { grid[$0]!.values.contains { !$0.isEmpty } }
        guard let headerRow = rowNumbers.first else {
            context.report(XLSXError.emptySheet(chosen.name), at: place)
            return nil
        }
        let width = grid[headerRow]!.keys.max()!
        func row(_ number: Int) -> [DataTable.Cell] {
            (1...width).map { column in
                DataTable.Cell(text: grid[number]?[column] ?? "", location: SourceLocation(path: sheetPath, line: number, column: column))
            }
        }
        return DataTable(
            header: row(headerRow), rows: rowNumbers.dropFirst().map(row),
            origin: SourceLocation(path: sheetPath, line: headerRow, column: 1))
    }

    /// The bytes of one part of the container, nil when it is missing or unreadable.
    private static func part(_ path: String, in archive: Archive) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, skipCRC32: true) { data.append($0) }) != nil else { return nil }
        return data
    }

    /// A relationship target as a path in the container (targets are relative to `xl/`
    /// unless they start with `/`).
    private static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}
