/// Parses table cells as inline Markdown with cmark. All cells of a table go through one
/// parse, as paragraphs separated by blank lines; a cell that cmark reads as a block
/// (`# x`, `> x`, `- x`, `[x]: y`) is parsed again with its first character escaped,
/// since GFM cells hold inline content only.
enum CellParser {
    /// The inline nodes of each cell, positioned relative to the cell (line 1, column 1).
    static func parse(_ cells: [String], allowsRawHTML: Bool) -> [[MarkdownNode]] {
        var result = [[MarkdownNode]](repeating: [], count: cells.count)
        let filled = cells.indices.filter { !cells[$0].isEmpty }
        guard !filled.isEmpty else { return result }

        let joined = filled.map { cells[$0] }.joined(separator: "\n\n")
        let document = CmarkBridge.parse(joined, allowsRawHTML: allowsRawHTML, lineOffset: 0)
        let batchWorked = document.children.count == filled.count
            && document.children.allSatisfy { $0.kind == .paragraph }
        if batchWorked {
            for (position, index) in filled.enumerated() {
                // Cell k sits on line 2k+1 of the batch; bring it back to line 1.
                let lineShift = 2 * position
                result[index] = document.children[position].children.map { node in
                    PipeTablePass.moved(node) { SourcePoint(line: $0.line - lineShift, column: $0.column) }
                }
            }
            return result
        }
        for index in filled {
            result[index] = parseOne(cells[index], allowsRawHTML: allowsRawHTML)
        }
        return result
    }

    private static func parseOne(_ cell: String, allowsRawHTML: Bool) -> [MarkdownNode] {
        let document = CmarkBridge.parse(cell, allowsRawHTML: allowsRawHTML, lineOffset: 0)
        if document.children.count == 1, document.children[0].kind == .paragraph {
            return document.children[0].children
        }
        if let first = cell.utf8.first, isASCIIPunctuation(first) {
            let escaped = CmarkBridge.parse("\\" + cell, allowsRawHTML: allowsRawHTML, lineOffset: 0)
            if escaped.children.count == 1, escaped.children[0].kind == .paragraph {
                return escaped.children[0].children
            }
        }
        return [MarkdownNode(.text(cell), range: SourceRange(start: SourcePoint(line: 1, column: 1),
                                                             end: SourcePoint(line: 1, column: max(1, cell.utf8.count))))]
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
