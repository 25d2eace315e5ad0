import Diagnostics
import OrgModel

/// A table read from a CSV file or a worksheet: a header row and data rows of text cells,
/// each cell with its place (a CSV line and column, or a sheet's row and column).
struct DataTable {
    struct Cell {
        var text: String
        var location: SourceLocation
    }

    var header: [Cell]
    var rows: [[Cell]]
    /// Where problems with the whole table are reported (its first cell).
    var origin: SourceLocation

    /// Header names as written (trimmed), for messages.
    var columnNames: [String] { header.map(\.text) }

    /// The index of the column named `name`, compared without case and surrounding spaces.
    func column(named name: String) -> Int? {
        let wanted = name.trimmingWhitespace.lowercased()
        return header.firstIndex { $0.text.lowercased() == wanted }
    }
}

extension DataTable {
    /// The table of a CSV text: delimiter sniffed, BOM and CRLF accepted, RFC 4180
    /// quoting; unquoted cells trimmed. Rows with the wrong number of fields are reported
    /// and skipped; nil (reported) when there is no header.
    init?(csv text: String, map: SourceMap, context: LoadContext) {
        let table = CSVTable(parsing: text, delimiter: CSVTable.sniffDelimiter(text)) { problem, line, column in
            context.report(problem, at: map.location(line: line, column: column))
        }
        guard let header = table.rows.first else {
            context.report(CSVError.emptyFile, at: map.origin)
            return nil
        }
        func cells(_ fields: [CSVTable.Field]) -> [Cell] {
            fields.map {
                Cell(
                    text: $0.quoted ? $0.text : $0.text.trimmingWhitespace,
                    location: map.location(line: $0.line, column: $0.column))
            }
        }
        self.header = cells(header)
        self.origin = map.location(line: header[0].line, column: header[0].column)
        var rows: [[Cell]] = []
        rows.reserveCapacity(table.rows.count - 1)
        for row in table.rows.dropFirst() {
            guard row.count == header.count else {
                context.report(
                    CSVError.fieldCount(found: row.count, expected: header.count),
                    at: map.location(line: row[0].line, column: row[0].column))
                continue
            }
            rows.append(cells(row))
        }
        self.rows = rows
    }
}
