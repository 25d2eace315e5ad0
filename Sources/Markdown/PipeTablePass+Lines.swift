/// Reading a block's raw lines back from the source: container markers, laziness,
/// indentation, and the line shapes that matter to tables.
extension PipeTablePass {
    static func containsEscapedPipe(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "|") { return true }
            index += 1
        }
        return false
    }

    static func isSetextUnderline(_ line: RawLine) -> Bool {
        guard line.indent < 4, let first = line.bytes.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "-")
        else { return false }
        var rest = line.bytes.drop { $0 == first }
        while let last = rest.last, PipeTableRow.isSpace(last) { rest.removeLast() }
        return rest.isEmpty
    }

    /// How many leading lines look like `[label]: destination` (one line each).
    static func referenceDefinitionCount(_ raw: [RawLine]) -> Int {
        var count = 0
        for line in raw.dropLast() {
            let bytes = line.bytes
            guard bytes.first == UInt8(ascii: "["),
                let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > bytes.startIndex + 1,
                close + 1 < bytes.endIndex, bytes[close + 1] == UInt8(ascii: ":")
            else { break }
            count += 1
        }
        return count
    }

    func isSetext(_ block: MarkdownNode) -> Bool {
        guard case .heading = block.kind, let range = block.range else { return false }
        return range.end.line > range.start.line
    }

    mutating func rawLines(of range: SourceRange, quoteDepth: Int, inListItem: Bool) -> [RawLine] {
        if lines == nil { lines = SourceLines(text) }
        guard let lines else { return [] }
        var result: [RawLine] = []
        var baseIndent = 0
        for fileLine in range.start.line...range.end.line {
            let line = lines.line(fileLine - lineOffset)
            var index = line.startIndex
            if fileLine == range.start.line {
                // cmark's start column points at the first byte of the paragraph's text.
                let start = min(line.startIndex + range.start.column - 1, line.endIndex)
                let afterMarkers = Self.quoteMarkers(line, depth: quoteDepth).end
                // Indentation counts from the container's content column: a list item's is
                // (about) where its first paragraph starts; elsewhere it is the line start.
                baseIndent = inListItem ? max(0, start - afterMarkers) : 0
                result.append(RawLine(bytes: line[start...], line: fileLine, column: range.start.column, indent: 0))
                continue
            }
            let (afterMarkers, markers) = Self.quoteMarkers(line, depth: quoteDepth)
            index = afterMarkers
            var width = 0
            while index < line.endIndex, PipeTableRow.isSpace(line[index]) {
                width += line[index] == UInt8(ascii: "\t") ? 4 - width % 4 : 1
                index += 1
            }
            result.append(
                RawLine(
                    bytes: line[index...], line: fileLine, column: index - line.startIndex + 1,
                    indent: width - baseIndent,
                    isLazy: markers < quoteDepth || (inListItem && width < baseIndent)))
        }
        return result
    }

    /// Skips up to `depth` block-quote markers (`   > `); a lazy line has fewer.
    /// Returns where the text starts and how many markers there were.
    static func quoteMarkers(_ line: ArraySlice<UInt8>, depth: Int) -> (end: Int, count: Int) {
        var index = line.startIndex
        var count = 0
        for _ in 0..<depth {
            var probe = index
            var spaces = 0
            while probe < line.endIndex, line[probe] == UInt8(ascii: " "), spaces < 3 {
                probe += 1
                spaces += 1
            }
            guard probe < line.endIndex, line[probe] == UInt8(ascii: ">") else { break }
            probe += 1
            if probe < line.endIndex, PipeTableRow.isSpace(line[probe]) { probe += 1 }
            index = probe
            count += 1
        }
        return (index, count)
    }

    /// Lines that cmark kept inside a paragraph but that start a block once the paragraph
    /// has become a table (GFM ends the table there): indented code, an ordered list not
    /// starting at 1, an empty list item, and a setext underline of dashes (a rule).
    static func startsBlock(_ line: RawLine) -> Bool {
        // A table, unlike a paragraph, has no lazy continuation lines.
        if line.indent >= 4 || line.isLazy { return true }
        let bytes = line.bytes
        guard let first = bytes.first else { return false }
        if bytes.allSatisfy({ $0 == UInt8(ascii: "-") || PipeTableRow.isSpace($0) }) { return true }
        if (first == UInt8(ascii: "*") || first == UInt8(ascii: "+")) && bytes.count == 1 { return true }
        var index = bytes.startIndex
        while index < bytes.endIndex, index - bytes.startIndex < 9,
            bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9")
        { index += 1 }
        guard index > bytes.startIndex, index < bytes.endIndex,
            bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
        else { return false }
        let afterMarker = index + 1
        let endsOrSpace = afterMarker == bytes.endIndex || PipeTableRow.isSpace(bytes[afterMarker])
        return endsOrSpace
    }
}
