import Diagnostics

/// A CSV file parsed after RFC 4180: comma-separated fields, fields in double quotes may
/// hold commas, line breaks and doubled quotes (`""`); lines end in CRLF or LF; a UTF-8
/// byte-order mark at the start is skipped. Each field keeps its 1-based line and column.
struct CSVTable {
    struct Field {
        var text: String
        var line: Int
        var column: Int
        /// Quoted fields are taken literally; unquoted ones may be trimmed by the reader.
        var quoted: Bool
    }

    /// One row per record; blank lines are skipped.
    var rows: [[Field]] = []

    /// Parses `text`; malformed quoting is reported to `problems` with its line and column
    /// and the field is kept as far as it was read.
    init(parsing text: String, problems: (CSVError, _ line: Int, _ column: Int) -> Void) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        var line = 1, column = 1
        var row: [Field] = []

        func advance() {
            if scalars[index] == "\n" || (scalars[index] == "\r" && (index + 1 >= scalars.count || scalars[index + 1] != "\n")) {
                line += 1
                column = 1
            } else if scalars[index] != "\r" {
                column += 1
            }
            index += 1
        }
        func atLineEnd() -> Bool { index >= scalars.count || scalars[index] == "\n" || scalars[index] == "\r" }
        func endRow() {
            // A blank line is one empty unquoted field: not a record.
            if !(row.count == 1 && row[0].text.isEmpty && !row[0].quoted) { rows.append(row) }
            row = []
        }

        while index < scalars.count {
            let start = (line, column)
            var value = String.UnicodeScalarView()
            var isQuoted = false
            if scalars[index] == "\"" {
                isQuoted = true
                advance()
                var closed = false
                while index < scalars.count {
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            value.append("\"")
                            advance(); advance()
                            continue
                        }
                        advance()
                        closed = true
                        break
                    }
                    value.append(scalars[index])
                    advance()
                }
                if !closed { problems(.unterminatedQuote, start.0, start.1) }
                if index < scalars.count, scalars[index] != ",", !atLineEnd() {
                    problems(.textAfterQuote, line, column)
                    while index < scalars.count, scalars[index] != ",", !atLineEnd() { advance() }
                }
            } else {
                while index < scalars.count, scalars[index] != ",", !atLineEnd() {
                    value.append(scalars[index])
                    advance()
                }
            }
            row.append(Field(text: String(value), line: start.0, column: start.1, quoted: isQuoted))
            if index < scalars.count, scalars[index] == "," {
                advance()
                if index >= scalars.count { row.append(Field(text: "", line: line, column: column, quoted: false)) }
            } else {
                // End of line (CRLF, LF or a lone CR) or of the file.
                if index < scalars.count {
                    let wasCR = scalars[index] == "\r"
                    advance()
                    if wasCR, index < scalars.count, scalars[index] == "\n" { advance() }
                }
                endRow()
            }
        }
        if !row.isEmpty { endRow() }
    }
}
