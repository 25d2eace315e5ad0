/// GFM pipe tables, which libcmark does not know: a pass over the parsed document that
/// finds paragraphs (and setext headings) holding a header row followed by a delimiter
/// row, and turns them into table nodes. Cell text is parsed as inline Markdown by cmark.
struct PipeTablePass {
    private let text: String
    private let lineOffset: Int
    private let allowsRawHTML: Bool
    private var lines: SourceLines?
    /// The page's one-line link reference definitions, found when a cell first needs them.
    private var definitions: String?

    init(text: String, lineOffset: Int, allowsRawHTML: Bool) {
        self.text = text
        self.lineOffset = lineOffset
        self.allowsRawHTML = allowsRawHTML
    }

    /// Replaces every qualifying paragraph of `document` by its table, in place.
    mutating func run(_ document: inout MarkdownNode) {
        process(&document.children, quoteDepth: 0)
    }

    /// Only containers can hold paragraphs, so the pass never walks into inline content.
    private mutating func process(_ nodes: inout [MarkdownNode], quoteDepth: Int) {
        var index = 0
        while index < nodes.count {
            switch nodes[index].kind {
            case .blockQuote:
                process(&nodes[index].children, quoteDepth: quoteDepth + 1)
            case .document, .list, .listItem:
                process(&nodes[index].children, quoteDepth: quoteDepth)
            case .paragraph, .heading:
                if let replacement = tableBlocks(from: nodes[index], quoteDepth: quoteDepth) {
                    nodes.replaceSubrange(index...index, with: replacement)
                    index += replacement.count
                    continue
                }
            default:
                break
            }
            index += 1
        }
    }

    // MARK: Finding the table

    /// A line of the block with its container markers (`>`) removed.
    private struct RawLine {
        var bytes: ArraySlice<UInt8>
        /// The file's line number (front matter included).
        var line: Int
        /// 1-based column of `bytes.first` in the file's line.
        var column: Int
        /// Indentation beyond the block's own content column.
        var indent: Int
    }

    private mutating func tableBlocks(from block: MarkdownNode, quoteDepth: Int) -> [MarkdownNode]? {
        guard let range = block.range, range.end.line > range.start.line else { return nil }
        if case .heading = block.kind, !isSetext(block) { return nil }
        var raw = rawLines(of: range, quoteDepth: quoteDepth)
        var block = block
        if block.kind == .paragraph {
            // cmark removes link reference definitions from the start of a paragraph but
            // keeps its start line, and numbers the inline lines from there: drop those
            // lines and move the inlines down to where they really are.
            let definitions = Self.referenceDefinitionCount(raw)
            if definitions > 0 {
                raw.removeFirst(definitions)
                block = Self.moved(block) { SourcePoint(line: $0.line + definitions, column: $0.column) }
            }
        }
        // A setext heading's underline is the last line: it is not content.
        let contentCount = isSetext(block) ? raw.count - 1 : raw.count
        guard contentCount >= 2 else { return nil }

        for delimiterIndex in 1..<contentCount {
            let delimiterLine = raw[delimiterIndex]
            guard delimiterLine.indent < 4, raw[delimiterIndex - 1].indent < 4 else { continue }
            let delimiter = PipeTableRow(delimiterLine.bytes)
            guard let alignments = PipeTableRow.alignments(of: delimiter) else { continue }
            let header = PipeTableRow(raw[delimiterIndex - 1].bytes)
            guard header.cells.count == alignments.count else { continue }
            guard raw[delimiterIndex].bytes.contains(UInt8(ascii: "|"))
                || raw[delimiterIndex - 1].bytes.contains(UInt8(ascii: "|")) else { continue }
            return assemble(block: block, raw: raw, headerIndex: delimiterIndex - 1,
                            alignments: alignments, header: header)
        }
        return nil
    }

    /// How many leading lines look like `[label]: destination` (one line each).
    private static func referenceDefinitionCount(_ raw: [RawLine]) -> Int {
        var count = 0
        for line in raw.dropLast() {
            let bytes = line.bytes
            guard bytes.first == UInt8(ascii: "["),
                  let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > bytes.startIndex + 1,
                  close + 1 < bytes.endIndex, bytes[close + 1] == UInt8(ascii: ":") else { break }
            count += 1
        }
        return count
    }

    private func isSetext(_ block: MarkdownNode) -> Bool {
        guard case .heading = block.kind, let range = block.range else { return false }
        return range.end.line > range.start.line
    }

    private mutating func rawLines(of range: SourceRange, quoteDepth: Int) -> [RawLine] {
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
                let afterMarkers = Self.skipQuoteMarkers(line, depth: quoteDepth)
                baseIndent = max(0, start - afterMarkers)
                result.append(RawLine(bytes: line[start...], line: fileLine, column: range.start.column, indent: 0))
                continue
            }
            index = Self.skipQuoteMarkers(line, depth: quoteDepth)
            var width = 0
            while index < line.endIndex, PipeTableRow.isSpace(line[index]) {
                width += line[index] == UInt8(ascii: "\t") ? 4 - width % 4 : 1
                index += 1
            }
            result.append(RawLine(bytes: line[index...], line: fileLine,
                                  column: index - line.startIndex + 1, indent: width - baseIndent))
        }
        return result
    }

    /// Skips up to `depth` block-quote markers (`   > `); a lazy line simply has fewer.
    private static func skipQuoteMarkers(_ line: ArraySlice<UInt8>, depth: Int) -> Int {
        var index = line.startIndex
        for _ in 0..<depth {
            var probe = index
            var spaces = 0
            while probe < line.endIndex, line[probe] == UInt8(ascii: " "), spaces < 3 { probe += 1; spaces += 1 }
            guard probe < line.endIndex, line[probe] == UInt8(ascii: ">") else { break }
            probe += 1
            if probe < line.endIndex, PipeTableRow.isSpace(line[probe]) { probe += 1 }
            index = probe
        }
        return index
    }

    /// Lines that cmark kept inside a paragraph but that start a block once the paragraph
    /// has become a table (GFM ends the table there): indented code, an ordered list not
    /// starting at 1, an empty list item, and a setext underline of dashes (a rule).
    private static func startsBlock(_ line: RawLine) -> Bool {
        if line.indent >= 4 { return true }
        let bytes = line.bytes
        guard let first = bytes.first else { return false }
        if bytes.allSatisfy({ $0 == UInt8(ascii: "-") || PipeTableRow.isSpace($0) }) { return true }
        if (first == UInt8(ascii: "*") || first == UInt8(ascii: "+")) && bytes.count == 1 { return true }
        var index = bytes.startIndex
        while index < bytes.endIndex, index - bytes.startIndex < 9,
              bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        guard index > bytes.startIndex, index < bytes.endIndex,
              bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return false }
        let afterMarker = index + 1
        let endsOrSpace = afterMarker == bytes.endIndex || PipeTableRow.isSpace(bytes[afterMarker])
        return endsOrSpace
    }

    // MARK: Building the table

    private mutating func assemble(block: MarkdownNode, raw: [RawLine], headerIndex: Int,
                                   alignments: [MarkdownNode.TableAlignment],
                                   header: PipeTableRow) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        if headerIndex > 0 {
            result.append(contentsOf: leadingParagraph(of: block, before: raw[headerIndex].line, raw: Array(raw[..<headerIndex])))
        }

        var rows: [(RawLine, PipeTableRow)] = [(raw[headerIndex], header)]
        var restIndex = raw.count
        for index in (headerIndex + 2)..<max(headerIndex + 2, raw.count) {
            if Self.startsBlock(raw[index]) { restIndex = index; break }
            rows.append((raw[index], PipeTableRow(raw[index].bytes)))
        }
        result.append(table(rows: rows, alignments: alignments, lastLine: raw[max(headerIndex + 1, restIndex - 1)]))
        if restIndex < raw.count {
            result.append(contentsOf: reparsedBlocks(Array(raw[restIndex...])))
        }
        return result
    }

    /// The block's lines before the header row stay a paragraph: keep cmark's inlines for
    /// them when they end before the header line, else parse those lines again.
    private func leadingParagraph(of block: MarkdownNode, before headerLine: Int, raw: [RawLine]) -> [MarkdownNode] {
        var inlines: [MarkdownNode] = []
        var clean = true
        for child in block.children {
            let start = child.range?.start.line ?? inlines.last?.range?.end.line ?? 0
            if start >= headerLine { break }
            if let end = child.range?.end.line, end >= headerLine { clean = false; break }
            inlines.append(child)
        }
        guard clean else { return reparsedBlocks(raw) }
        while let last = inlines.last, last.kind == .softBreak || last.kind == .lineBreak { inlines.removeLast() }
        if case .text(let text) = inlines.last?.kind {
            var trimmed = Substring(text)
            while trimmed.last == " " { trimmed.removeLast() }
            inlines[inlines.count - 1].kind = .text(String(trimmed))
        }
        let first = raw[0]
        let last = raw[raw.count - 1]
        let range = SourceRange(start: SourcePoint(line: first.line, column: first.column),
                                end: SourcePoint(line: last.line, column: last.column + last.bytes.count - 1))
        return [MarkdownNode(.paragraph, children: inlines, range: range)]
    }

    private mutating func table(rows: [(RawLine, PipeTableRow)], alignments: [MarkdownNode.TableAlignment],
                       lastLine: RawLine) -> MarkdownNode {
        let columns = alignments.count
        // Parse every cell's inline Markdown in one cmark call.
        var texts: [String] = []
        for (_, row) in rows {
            for column in 0..<columns {
                texts.append(column < row.cells.count ? row.cells[column].text : "")
            }
        }
        let needsDefinitions = texts.contains { $0.utf8.contains(UInt8(ascii: "]")) }
        let parsed = CellParser.parse(texts, definitions: needsDefinitions ? referenceDefinitions() : "",
                                      allowsRawHTML: allowsRawHTML)

        var rowNodes: [MarkdownNode] = []
        for (rowIndex, (line, row)) in rows.enumerated() {
            var cells: [MarkdownNode] = []
            for column in 0..<columns {
                let offset = column < row.cells.count ? row.cells[column].offset : line.bytes.count
                let point = SourcePoint(line: line.line, column: line.column + offset)
                let inlines = parsed[rowIndex * columns + column].map {
                    Self.moved($0) { SourcePoint(line: point.line, column: point.column + $0.column - 1) }
                }
                cells.append(MarkdownNode(.tableCell(isHeader: rowIndex == 0, alignment: alignments[column]),
                                          children: inlines, range: SourceRange(start: point, end: point)))
            }
            let rowRange = SourceRange(start: SourcePoint(line: line.line, column: line.column),
                                       end: SourcePoint(line: line.line, column: line.column + max(0, line.bytes.count - 1)))
            rowNodes.append(MarkdownNode(.tableRow, children: cells, range: rowRange))
        }
        var sections = [MarkdownNode(.tableHead, children: [rowNodes[0]], range: rowNodes[0].range)]
        if rowNodes.count > 1 {
            let body = Array(rowNodes[1...])
            sections.append(MarkdownNode(.tableBody, children: body,
                                         range: SourceRange(start: body[0].range!.start, end: body[body.count - 1].range!.end)))
        }
        let start = rows[0].0
        let range = SourceRange(start: SourcePoint(line: start.line, column: start.column),
                                end: SourcePoint(line: lastLine.line, column: lastLine.column + max(0, lastLine.bytes.count - 1)))
        return MarkdownNode(.table(alignments: alignments), children: sections, range: range)
    }

    /// Lines of the page shaped like `[label]: destination`, joined: cmark resolves
    /// references at parse time, so a cell parsed alone needs them beside it.
    private mutating func referenceDefinitions() -> String {
        if let definitions { return definitions }
        if lines == nil { lines = SourceLines(text) }
        var found: [String] = []
        if let lines {
            for number in 1...lines.count {
                var line = lines.line(number)
                var spaces = 0
                while spaces < 3, line.first == UInt8(ascii: " ") { line = line.dropFirst(); spaces += 1 }
                guard line.first == UInt8(ascii: "["),
                      let close = line.firstIndex(of: UInt8(ascii: "]")), close > line.startIndex + 1,
                      close + 1 < line.endIndex, line[close + 1] == UInt8(ascii: ":") else { continue }
                found.append(String(decoding: line, as: UTF8.self))
            }
        }
        let joined = found.joined(separator: "\n")
        definitions = joined
        return joined
    }

    /// Lines that left the table go back through cmark as blocks of their own.
    private func reparsedBlocks(_ raw: [RawLine]) -> [MarkdownNode] {
        var source: [UInt8] = []
        for line in raw {
            source.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, line.indent)))
            source.append(contentsOf: line.bytes)
            source.append(UInt8(ascii: "\n"))
        }
        let document = CmarkBridge.parse(String(decoding: source, as: UTF8.self), allowsRawHTML: allowsRawHTML, lineOffset: 0)
        return document.children.map { node in
            Self.moved(node) { point in
                let line = raw[min(max(point.line - 1, 0), raw.count - 1)]
                return SourcePoint(line: line.line, column: point.column + line.column - 1 - max(0, line.indent))
            }
        }
    }

    /// The node with every position mapped by `transform`.
    static func moved(_ node: MarkdownNode, _ transform: (SourcePoint) -> SourcePoint) -> MarkdownNode {
        var copy = node
        if let range = node.range {
            copy.range = SourceRange(start: transform(range.start), end: transform(range.end))
        }
        if !node.children.isEmpty {
            copy.children = node.children.map { moved($0, transform) }
        }
        return copy
    }
}
