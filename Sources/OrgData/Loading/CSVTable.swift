import Diagnostics
import OrgModel

/// A CSV file parsed after RFC 4180: fields separated by a comma (or the `;` or tab that
/// `sniffDelimiter` finds), fields in double quotes may
/// hold commas, line breaks and doubled quotes (`""`); lines end in CRLF or LF (or a lone
/// CR); a byte-order mark at the start is skipped. Each field keeps its 1-based line and
/// column (counted in Unicode scalars, as libyaml counts YAML columns).
struct CSVTable {
    struct Field {
        public var text: String
        var line: Int
        var column: Int
        /// Quoted fields are taken literally; unquoted ones may be trimmed by the reader.
        var quoted: Bool
    }

    /// One row per record; blank lines are skipped.
    var rows: [[Field]] = []

    /// Parses `text`; malformed quoting is reported to `problems` with its line and column
    /// and the field is kept as far as it was read.
    init(
        parsing text: String, delimiter: Unicode.Scalar = ",",
        problems: (CSVError, _ line: Int, _ column: Int) -> Void
    ) {
        var cursor = CSVCursor(text, delimiter: delimiter)
        var row: [Field] = []
        while !cursor.atEnd {
            let line = cursor.line
            let column = cursor.column
            let quoted = cursor.current == "\""
            let value = quoted ? cursor.readQuotedField(problems: problems) : cursor.readPlainField()
            row.append(Field(text: value, line: line, column: column, quoted: quoted))
            if cursor.current == delimiter {
                cursor.advance()
                // A comma at the very end leaves one more (empty) field.
                if cursor.atEnd { row.append(Field(text: "", line: cursor.line, column: cursor.column, quoted: false)) }
            } else {
                cursor.skipLineBreak()
                appendUnlessBlank(row)
                row = []
            }
        }
        if !row.isEmpty { appendUnlessBlank(row) }
    }

    /// The separator of `text`: whichever of `,` `;` and tab occurs most often on its first
    /// line outside quotes (exports from European Excel use `;`, some HR systems tabs); a
    /// comma when none does.
    static func sniffDelimiter(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes, scalar == "\n" || scalar == "\r" { break }
            if !inQuotes, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        var best: Unicode.Scalar = ","
        for candidate: Unicode.Scalar in [";", "\t"] where counts[candidate]! > counts[best]! { best = candidate }
        return best
    }

    /// A blank (or all-space) line reads as one unquoted field: it is not a record.
    private mutating func appendUnlessBlank(_ row: [Field]) {
        if row.count == 1, !row[0].quoted, row[0].text.allSatisfy({ $0 == " " || $0 == "\t" }) { return }
        rows.append(row)
    }
}

/// Walks CSV text one Unicode scalar at a time, keeping the line and column.
private struct CSVCursor {
    private let scalars: [Unicode.Scalar]
    private let delimiter: Unicode.Scalar
    private var index = 0
    private(set) var line = 1
    private(set) var column = 1

    init(_ text: String, delimiter: Unicode.Scalar) {
        self.delimiter = delimiter
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    var atEnd: Bool { index >= scalars.count }
    var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }
    private var next: Unicode.Scalar? { index + 1 < scalars.count ? scalars[index + 1] : nil }
    private var atFieldEnd: Bool { current == nil || current == delimiter || current == "\n" || current == "\r" }

    mutating func advance() {
        switch current {
        case "\n": (line, column) = (line + 1, 1)
        case "\r": if next != "\n" { (line, column) = (line + 1, 1) }  // CRLF counts once, at the LF
        default: column += 1
        }
        index += 1
    }

    /// Consumes one line break (CRLF, LF or CR), if the cursor is at one.
    mutating func skipLineBreak() {
        if current == "\r" {
            advance()
            if current == "\n" { advance() }
        } else if current == "\n" {
            advance()
        }
    }

    /// Reads up to the next delimiter or line break.
    mutating func readPlainField() -> String {
        var value = String.UnicodeScalarView()
        while !atFieldEnd, let scalar = current {
            value.append(scalar)
            advance()
        }
        return String(value)
    }

    /// Reads a field starting at its opening quote, through the closing quote; `""` is
    /// one quote, and commas and line breaks inside are part of the value.
    mutating func readQuotedField(problems: (CSVError, Int, Int) -> Void) -> String {
        let (startLine, startColumn) = (line, column)
        advance()
        var value = String.UnicodeScalarView()
        var closed = false
        while let scalar = current {
            if scalar == "\"" {
                if next == "\"" {
                    value.append("\"")
                    advance()
                    advance()
                    continue
                }
                advance()
                closed = true
                break
            }
            value.append(scalar)
            advance()
        }
        if !closed { problems(.unterminatedQuote, startLine, startColumn) }
        if !atFieldEnd {
            problems(.textAfterQuote, line, column)
            while !atFieldEnd { advance() }
        }
        return String(value)
    }
}
