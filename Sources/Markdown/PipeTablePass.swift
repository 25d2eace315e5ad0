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
        process(&document.children, quoteDepth: 0, inListItem: false)
    }

    /// Only containers can hold paragraphs, so the pass never walks into inline content.
    private mutating func process(_ nodes: inout [MarkdownNode], quoteDepth: Int, inListItem: Bool) {
        var index = 0
        while index < nodes.count {
            switch nodes[index].kind {
            case .blockQuote:
                process(&nodes[index].children, quoteDepth: quoteDepth + 1, inListItem: false)
            case .document, .list:
                process(&nodes[index].children, quoteDepth: quoteDepth, inListItem: inListItem)
            case .listItem:
                process(&nodes[index].children, quoteDepth: quoteDepth, inListItem: true)
            case .paragraph, .heading:
                if let replacement = tableBlocks(from: nodes[index], quoteDepth: quoteDepth, inListItem: inListItem) {
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
        /// A lazy continuation line: inside a block quote but without its `>` markers.
        var isLazy = false
    }

    private mutating func tableBlocks(from block: MarkdownNode, quoteDepth: Int, inListItem: Bool) -> [MarkdownNode]? {
        guard let range = block.range, range.end.line > range.start.line else { return nil }
        if case .heading = block.kind, !isSetext(block) { return nil }
        var raw = rawLines(of: range, quoteDepth: quoteDepth, inListItem: inListItem)
        var cleanInlines = true
        if isSetext(block) {
            // cmark ends a setext heading's range a line late: its underline is the first
            // underline-shaped line (any earlier one would have made the heading there).
            guard let underline = raw.indices.dropFirst().first(where: { Self.isSetextUnderline(raw[$0]) }) else { return nil }
            raw.removeSubrange((underline + 1)...)
        }
        // cmark removes link reference definitions from the start of a paragraph but keeps
        // its start line, so its inline positions are off: drop those lines and do not
        // trust the inlines' lines when splitting the paragraph.
        let definitions = Self.referenceDefinitionCount(raw)
        if definitions > 0 {
            raw.removeFirst(definitions)
            cleanInlines = false
        }
        // A setext heading's underline is the last line: it is not content.
        let contentCount = isSetext(block) ? raw.count - 1 : raw.count
        guard contentCount >= 2 else { return nil }

        for delimiterIndex in 1..<contentCount {
            let delimiterLine = raw[delimiterIndex]
            // The header row is a paragraph line (any indentation, even lazy); the
            // delimiter row must be where a block could start.
            guard delimiterLine.indent < 4, !delimiterLine.isLazy else { continue }
            let delimiter = PipeTableRow(delimiterLine.bytes)
            guard let alignments = PipeTableRow.alignments(of: delimiter) else { continue }
            let header = PipeTableRow(raw[delimiterIndex - 1].bytes)
            // Like cmark-gfm: once a delimiter row fails to match its header, the rest of
            // the paragraph stays a paragraph.
            guard header.cells.count == alignments.count else { return nil }
            return assemble(block: block, cleanInlines: cleanInlines, raw: raw, headerIndex: delimiterIndex - 1,
                            alignments: alignments, header: header)
        }
        return nil
    }

    private static func containsEscapedPipe(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "|") { return true }
            index += 1
        }
        return false
    }

    private static func isSetextUnderline(_ line: RawLine) -> Bool {
        guard line.indent < 4, let first = line.bytes.first,
              first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        var rest = line.bytes.drop { $0 == first }
        while let last = rest.last, PipeTableRow.isSpace(last) { rest.removeLast() }
        return rest.isEmpty
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

    private mutating func rawLines(of range: SourceRange, quoteDepth: Int, inListItem: Bool) -> [RawLine] {
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
            result.append(RawLine(bytes: line[index...], line: fileLine, column: index - line.startIndex + 1,
                                  indent: width - baseIndent,
                                  isLazy: markers < quoteDepth || (inListItem && width < baseIndent)))
        }
        return result
    }

    /// Skips up to `depth` block-quote markers (`   > `); a lazy line has fewer.
    /// Returns where the text starts and how many markers there were.
    private static func quoteMarkers(_ line: ArraySlice<UInt8>, depth: Int) -> (end: Int, count: Int) {
        var index = line.startIndex
        var count = 0
        for _ in 0..<depth {
            var probe = index
            var spaces = 0
            while probe < line.endIndex, line[probe] == UInt8(ascii: " "), spaces < 3 { probe += 1; spaces += 1 }
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
    private static func startsBlock(_ line: RawLine) -> Bool {
        // A table, unlike a paragraph, has no lazy continuation lines.
        if line.indent >= 4 || line.isLazy { return true }
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

    private mutating func assemble(block: MarkdownNode, cleanInlines: Bool, raw: [RawLine], headerIndex: Int,
                                   alignments: [MarkdownNode.TableAlignment],
                                   header: PipeTableRow) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        if headerIndex > 0 {
            let leading = Array(raw[..<headerIndex])
            // cmark-gfm unescapes `\|` in the lines before a table too; match it.
            let hasEscapedPipe = leading.contains { Self.containsEscapedPipe($0.bytes) }
            result.append(contentsOf: cleanInlines && !hasEscapedPipe
                ? leadingParagraph(of: block, before: raw[headerIndex].line, raw: leading)
                : reparsedBlocks(leading, unescapingPipes: hasEscapedPipe))
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
            var mayStartDefinition = true
            for number in 1...lines.count {
                var line = lines.line(number)
                let isBlank = line.allSatisfy { PipeTableRow.isSpace($0) }
                // Definitions open a paragraph (or follow one another).
                guard mayStartDefinition || isBlank else { continue }
                mayStartDefinition = isBlank
                var spaces = 0
                while spaces < 3, line.first == UInt8(ascii: " ") { line = line.dropFirst(); spaces += 1 }
                guard line.first == UInt8(ascii: "["),
                      let close = line.firstIndex(of: UInt8(ascii: "]")), close > line.startIndex + 1,
                      close + 1 < line.endIndex, line[close + 1] == UInt8(ascii: ":") else { continue }
                found.append(String(decoding: line, as: UTF8.self))
                mayStartDefinition = true
            }
        }
        let joined = found.joined(separator: "\n")
        definitions = joined
        return joined
    }

    /// Lines that left the table go back through cmark as blocks of their own.
    private func reparsedBlocks(_ raw: [RawLine], unescapingPipes: Bool = false) -> [MarkdownNode] {
        var source: [UInt8] = []
        for line in raw {
            source.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, line.indent)))
            if unescapingPipes {
                var index = line.bytes.startIndex
                while index < line.bytes.endIndex {
                    let byte = line.bytes[index]
                    let escapesPipe = byte == UInt8(ascii: "\\") && index + 1 < line.bytes.endIndex
                        && line.bytes[index + 1] == UInt8(ascii: "|")
                    if !escapesPipe { source.append(byte) }
                    index += 1
                }
            } else {
                source.append(contentsOf: line.bytes)
            }
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
