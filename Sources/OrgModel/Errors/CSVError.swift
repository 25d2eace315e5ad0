import Diagnostics

/// Problems reading a CSV org chart.
public enum CSVError: OrgDataProblem, Hashable {
    case unterminatedQuote
    /// Text right after a closing quote, as in `"a"b`.
    case textAfterQuote
    case emptyFile
    case missingColumn(String)
    case duplicateColumn(String)
    case fieldCount(found: Int, expected: Int)
    /// A note, not an error: columns kept as attributes.
    case attributeColumns([String])

    public static let requiredColumns = ["id", "name", "parent"]
    static let optionalColumns = ["title", "dotted"] + MeasureDefinition.builtInKeys
    public static var knownColumns: [String] { requiredColumns + optionalColumns }

    public var message: String {
        switch self {
        case .unterminatedQuote: "quoted field is never closed"
        case .textAfterQuote: "text after the closing quote of a field"
        case .emptyFile: "the CSV file is empty"
        case .missingColumn(let column): "the header has no \(quoted(column)) column"
        case .duplicateColumn(let column): "column \(quoted(column)) appears twice in the header"
        case .fieldCount(let found, let expected): "row has \(found) fields but the header has \(expected)"
        case .attributeColumns(let columns): "columns kept as attributes (usable by 'color-by'): \(quotedList(columns, limit: 20))"
        }
    }

    public var severity: Diagnostic.Severity {
        if case .attributeColumns = self { .warning } else { .error }
    }

    public var hint: String? {
        switch self {
        case .unterminatedQuote: return "close the quote; write a quote inside a quoted field as two quotes (\"\")"
        case .textAfterQuote: return "put the whole field inside the quotes"
        case .emptyFile, .missingColumn: return "start the file with a header row: id,name,parent (optionally title, dotted)"
        case .duplicateColumn: return "keep one of them"
        case .attributeColumns: return "map a column to a field under 'columns:' to use it as one"
        case .fieldCount:
            return "give every row one field per header column (empty fields still need their comma); quote fields that contain commas"
        }
    }
}
