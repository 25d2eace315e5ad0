import Diagnostics

/// Problems reading an Excel workbook.
public enum XLSXError: OrgDataProblem, Error, Hashable {
    case notAWorkbook(path: String)
    /// A part of the workbook that is not well-formed XML (a file cut short, or edited by hand).
    case damagedPart(path: String, part: String)
    case noSuchSheet(String, available: [String])
    case emptySheet(String)
    /// A cell holding an Excel error such as `#N/A` or `#REF!`.
    case cellError(value: String, cell: String, sheet: String)

    public var message: String {
        switch self {
        case .notAWorkbook(let path): "\(quoted(path)) is not an Excel workbook (.xlsx)"
        case .damagedPart(let path, let part): "\(quoted(path)) is damaged: its part \(part) is not well-formed XML"
        case .noSuchSheet(let name, let available): "the workbook has no sheet \(quoted(name)); its sheets are \(quotedList(available))"
        case .emptySheet(let name): "sheet \(quoted(name)) is empty"
        case .cellError(let value, let cell, let sheet): "cell \(cell) of sheet \(quoted(sheet)) holds the Excel error \(value)"
        }
    }

    public var hint: String? {
        switch self {
        case .notAWorkbook: "save it from Excel as .xlsx (not .xls or .xlsb), or export it as CSV"
        case .damagedPart: "open it in Excel and save it again (Excel repairs what it can), or export the sheet as CSV"
        case .noSuchSheet(_, let available):
            "name one of \(quotedList(available)) under 'sheet:', or leave 'sheet:' out to read the first"
        case .emptySheet: "put a header row and one row per person or unit on the sheet, or name another under 'sheet:'"
        case .cellError: "fix the formula in Excel, or paste the values only"
        }
    }
}
