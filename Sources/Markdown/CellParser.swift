/// Parses table cells as inline Markdown with cmark. All cells of a table go through one
/// parse, as paragraphs separated by blank lines; a cell that cmark reads as a block
/// (`# x`, `> x`, `- x`, `[x]: y`) is parsed again with its first character escaped,
/// since GFM cells hold inline content only.
enum CellParser {
    /// The inline nodes of each cell, positioned in the file: cell k starts at `origins[k]`
    /// (a cell is one line). `definitions` are the page's link reference definitions, one
    /// a line, so that `[text][label]` in a cell resolves as it does elsewhere on the page.
    static func parse(
        _ cells: [String], at origins: [SourcePoint], definitions: String = "", allowsRawHTML: Bool
    ) -> [[MarkdownNode]] {
        var result = [[MarkdownNode]](repeating: [], count: cells.count)
        // Plain cells (most of them) are one text node as they are; only the others go
        // through cmark.
        var filled: [Int] = []
        for index in cells.indices where !cells[index].isEmpty {
            if isPlain(cells[index]) {
                let origin = origins[index]
                result[index] = [
                    MarkdownNode(
                        .text(cells[index]),
                        range: SourceRange(
                            start: origin,
                            end: SourcePoint(line: origin.line, column: origin.column + cells[index].utf8.count - 1)))
                ]
            } else {
                filled.append(index)
            }
        }
        guard !filled.isEmpty else { return result }

        // Cell k of the batch sits alone on line `firstLine + 2k`, between blank lines.
        var batch = ""
        var firstLine = 1
        if !definitions.isEmpty {
            batch = definitions + "\n\n"
            firstLine += definitions.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } + 1
        }
        batch += filled.map { cells[$0] }.joined(separator: "\n\n")
        let document = CmarkBridge.parse(batch, allowsRawHTML: allowsRawHTML, lineOffset: 0).document
        var paragraphs: [Int: MarkdownNode] = [:]
        for child in document.children {
            if let line = child.range?.start.line { paragraphs[line] = child }
        }
        for (position, index) in filled.enumerated() {
            let line = firstLine + 2 * position
            let inlines: [MarkdownNode]
            if let paragraph = paragraphs[line], paragraph.kind == .paragraph {
                inlines = paragraph.children
            } else {
                inlines = parseOne(cells[index], allowsRawHTML: allowsRawHTML)
            }
            // Columns count from the cell's start; the cell is on its origin's line.
            let origin = origins[index]
            result[index] = inlines.map { node in
                PipeTablePass.moved(node) { SourcePoint(line: origin.line, column: origin.column + $0.column - 1) }
            }
        }
        return result
    }

    /// True when cmark would read `cell` (trimmed, one line) as a paragraph of a single
    /// text node with the cell's bytes: no byte that starts inline syntax (cmark's
    /// special characters: `\\`, backquote, `&`, `_`, `*`, `[`, `]`, `<`, `!`, line ends,
    /// NUL) and nothing at the start that could open a block (`#`, `>`, `-`, `+`, `=`,
    /// `~`, a number followed by `.` or `)`).
    static func isPlain(_ cell: String) -> Bool {
        guard let first = cell.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
            UInt8(ascii: "~"), UInt8(ascii: " "), UInt8(ascii: "\t"):
            return false
        default:
            break
        }
        var endsNumber = false
        let bytes = cell.utf8Span.span
        for index in bytes.indices {
            switch bytes[index] {
            case 0x00, 0x0A, 0x0D, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "&"), UInt8(ascii: "_"),
                UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "!"):
                // Special: the cell goes through cmark.
                return false
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                endsNumber = true
            default:
                break
            }
        }
        // `1. x` and `1) x` open a list; keep any cell that starts with a digit and has
        // either character out of the fast path.
        return !(endsNumber && first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    }

    private static func parseOne(_ cell: String, allowsRawHTML: Bool) -> [MarkdownNode] {
        let document = CmarkBridge.parse(cell, allowsRawHTML: allowsRawHTML, lineOffset: 0).document
        if document.children.count == 1, document.children[0].kind == .paragraph {
            return document.children[0].children
        }
        if let first = cell.utf8.first, isASCIIPunctuation(first) {
            let escaped = CmarkBridge.parse("\\" + cell, allowsRawHTML: allowsRawHTML, lineOffset: 0).document
            if escaped.children.count == 1, escaped.children[0].kind == .paragraph {
                return escaped.children[0].children
            }
        }
        return [
            MarkdownNode(
                .text(cell),
                range: SourceRange(
                    start: SourcePoint(line: 1, column: 1),
                    end: SourcePoint(line: 1, column: max(1, cell.utf8.count))))
        ]
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
