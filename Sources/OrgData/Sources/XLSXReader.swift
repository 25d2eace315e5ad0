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
        do {
            return table(path, sheet: try readSheet(path, wanted: wanted), at: place, context: context)
        } catch {
            context.report(error, at: place)
            return nil
        }
    }

    /// One sheet's cells and what reading them needs, from the workbook's other parts.
    private struct Sheet {
        var name: String
        var cells: [XLSXPartParser.Cell]
        var strings: [String]
        var dateStyles: Set<Int>
        var date1904: Bool
    }

    /// The sheet named `wanted` (the first when nil), with its workbook's strings and styles.
    private static func readSheet(_ path: String, wanted: String?) throws(XLSXError) -> Sheet {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil),
            let workbookXML = part("xl/workbook.xml", in: archive),
            let relationsXML = part("xl/_rels/workbook.xml.rels", in: archive)
        else { throw .notAWorkbook(path: path) }
        /// A part read by `parse`, or the error that names it when it is not well-formed XML.
        func parsed<T>(_ data: Data, _ name: String, _ parse: (Data) -> T?) throws(XLSXError) -> T {
            guard let value = parse(data) else { throw .damagedPart(path: path, part: name) }
            return value
        }
        let workbook = try parsed(workbookXML, "xl/workbook.xml", XLSXPartParser.workbook)
        let targets = try parsed(relationsXML, "xl/_rels/workbook.xml.rels", XLSXPartParser.relationships)
        guard !workbook.sheets.isEmpty else { throw .notAWorkbook(path: path) }
        let chosen: (name: String, relation: String)
        if let wanted {
            guard
                let found = workbook.sheets.first(where: { $0.name == wanted })
                    ?? workbook.sheets.first(where: { $0.name.lowercased() == wanted.lowercased() })
            else { throw .noSuchSheet(wanted, available: workbook.sheets.map(\.name)) }
            chosen = found
        } else {
            chosen = workbook.sheets[0]
        }
        guard let target = targets[chosen.relation], let sheetXML = part(partPath(target), in: archive) else {
            throw .notAWorkbook(path: path)
        }
        let strings = try part("xl/sharedStrings.xml", in: archive).map { data throws(XLSXError) in
            try parsed(data, "xl/sharedStrings.xml", XLSXPartParser.sharedStrings)
        }
        let dateStyles = try part("xl/styles.xml", in: archive).map { data throws(XLSXError) in
            try parsed(data, "xl/styles.xml", XLSXPartParser.dateStyles)
        }
        let cells = try parsed(sheetXML, partPath(target), XLSXPartParser.cells)
        return Sheet(name: chosen.name, cells: cells, strings: strings ?? [], dateStyles: dateStyles ?? [], date1904: workbook.date1904)
    }

    /// The sheet's cells as a table, each problem named at its cell.
    private static func table(_ path: String, sheet: Sheet, at place: SourceLocation, context: LoadContext) -> DataTable? {
        let sheetPath = "\(path)[\(sheet.name)]"
        var grid: [Int: [Int: String]] = [:]
        var errorsFound = false
        for cell in sheet.cells {
            let text: String
            switch cell.type {
            case "s": text = Int(cell.value).flatMap { $0 < sheet.strings.count ? sheet.strings[$0] : nil } ?? ""
            case "inlineStr", "str": text = cell.value
            case "b": text = cell.value == "1" ? "TRUE" : "FALSE"
            case "e":
                context.report(
                    XLSXError.cellError(value: cell.value, cell: cell.reference, sheet: sheet.name),
                    at: SourceLocation(path: sheetPath, line: cell.row, column: cell.column))
                errorsFound = true
                continue
            default:
                if let style = cell.style, sheet.dateStyles.contains(style), let serial = Double(cell.value) {
                    text = ExcelDate.iso(serial: serial, date1904: sheet.date1904)
                } else {
                    text = ExcelDate.plainNumber(cell.value)
                }
            }
            grid[cell.row, default: [:]][cell.column] = text.trimmingWhitespace
        }
        guard !errorsFound else { return nil }
        let rowNumbers = grid.keys.sorted().filter { grid[$0]!.values.contains { !$0.isEmpty } }
        guard let headerRow = rowNumbers.first else {
            context.report(XLSXError.emptySheet(sheet.name), at: place)
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
