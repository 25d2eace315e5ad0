import ByteText

/// Turning the lines of a block that holds a table into nodes: the paragraph before it,
/// the table with its cells parsed by cmark, and the blocks after it.
extension PipeTablePass {
    mutating func assemble(
        block: MarkdownNode, cleanInlines: Bool, raw: [RawLine], headerIndex: Int,
        alignments: [MarkdownNode.TableAlignment],
        header: PipeTableRow
    ) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        if headerIndex > 0 {
            let leading = Array(raw[..<headerIndex])
            // cmark-gfm unescapes `\|` in the lines before a table too; match it.
            let hasEscapedPipe = leading.contains { Self.containsEscapedPipe($0.bytes) }
            result.append(
                contentsOf: cleanInlines && !hasEscapedPipe
                    ? leadingParagraph(of: block, before: raw[headerIndex].line, raw: leading)
                    : reparsedBlocks(leading, unescapingPipes: hasEscapedPipe))
        }

        var rows: [(RawLine, PipeTableRow)] = [(raw[headerIndex], header)]
        var restIndex = raw.count
        for index in (headerIndex + 2)..<max(headerIndex + 2, raw.count) {
            if Self.startsBlock(raw[index]) {
                restIndex = index
                break
            }
            rows.append((raw[index], PipeTableRow(raw[index].bytes)))
        }
        result.append(table(rows: rows, alignments: alignments, lastLine: raw[max(headerIndex + 1, restIndex - 1)]))
        if restIndex < raw.count {
            if raw[restIndex].isLazy, let quoteEnd = escapeEndLine {
                escaped = reparsedSource(from: raw[restIndex].line, through: max(quoteEnd, raw[raw.count - 1].line))
            } else {
                result.append(contentsOf: reparsedBlocks(Array(raw[restIndex...])))
            }
        }
        return result
    }

    /// The block's lines before the header row stay a paragraph: keep cmark's inlines for
    /// them when they end before the header line, else parse those lines again.
    func leadingParagraph(of block: MarkdownNode, before headerLine: Int, raw: [RawLine]) -> [MarkdownNode] {
        var inlines: [MarkdownNode] = []
        var clean = true
        for child in block.children {
            let start = child.range?.start.line ?? inlines.last?.range?.end.line ?? 0
            if start >= headerLine { break }
            if let end = child.range?.end.line, end >= headerLine {
                clean = false
                break
            }
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
        let range = SourceRange(
            start: SourcePoint(line: first.line, column: first.column),
            end: SourcePoint(line: last.line, column: last.column + last.bytes.count - 1))
        return [MarkdownNode(.paragraph, children: inlines, range: range)]
    }

    mutating func table(
        rows: [(RawLine, PipeTableRow)], alignments: [MarkdownNode.TableAlignment],
        lastLine: RawLine
    ) -> MarkdownNode {
        let columns = alignments.count
        // Every cell's inline Markdown parsed in one cmark call, each cell placed where it
        // starts in the file (a missing cell: at the end of its row).
        var texts: [String] = []
        var origins: [SourcePoint] = []
        texts.reserveCapacity(rows.count * columns)
        origins.reserveCapacity(rows.count * columns)
        for (line, row) in rows {
            for column in 0..<columns {
                let isPresent = column < row.cells.count
                texts.append(isPresent ? row.cells[column].text : "")
                let offset = isPresent ? row.cells[column].offset : line.bytes.count
                origins.append(SourcePoint(line: line.line, column: line.column + offset))
            }
        }
        let needsDefinitions = texts.contains { text in ByteScan.contains(in: text) { $0 == UInt8(ascii: "]") } }
        let parsed = CellParser.parse(
            texts, at: origins, definitions: needsDefinitions ? referenceDefinitions() : "",
            allowsRawHTML: allowsRawHTML)

        var rowNodes: [MarkdownNode] = []
        rowNodes.reserveCapacity(rows.count)
        for (rowIndex, (line, _)) in rows.enumerated() {
            var cells: [MarkdownNode] = []
            cells.reserveCapacity(columns)
            for column in 0..<columns {
                let index = rowIndex * columns + column
                cells.append(
                    MarkdownNode(
                        .tableCell(isHeader: rowIndex == 0, alignment: alignments[column]),
                        children: parsed[index], range: SourceRange(start: origins[index], end: origins[index])))
            }
            let rowRange = SourceRange(
                start: SourcePoint(line: line.line, column: line.column),
                end: SourcePoint(line: line.line, column: line.column + max(0, line.bytes.count - 1)))
            rowNodes.append(MarkdownNode(.tableRow, children: cells, range: rowRange))
        }
        var sections = [MarkdownNode(.tableHead, children: [rowNodes[0]], range: rowNodes[0].range)]
        if rowNodes.count > 1 {
            let body = Array(rowNodes[1...])
            sections.append(
                MarkdownNode(
                    .tableBody, children: body,
                    range: SourceRange(start: body[0].range!.start, end: body[body.count - 1].range!.end)))
        }
        let start = rows[0].0
        let range = SourceRange(
            start: SourcePoint(line: start.line, column: start.column),
            end: SourcePoint(line: lastLine.line, column: lastLine.column + max(0, lastLine.bytes.count - 1)))
        return MarkdownNode(.table(alignments: alignments), children: sections, range: range)
    }

    /// Lines of the page shaped like `[label]: destination`, joined: cmark resolves
    /// references at parse time, so a cell parsed alone needs them beside it.
    mutating func referenceDefinitions() -> String {
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
                while spaces < 3, line.first == UInt8(ascii: " ") {
                    line = line.dropFirst()
                    spaces += 1
                }
                guard line.first == UInt8(ascii: "["),
                    let close = line.firstIndex(of: UInt8(ascii: "]")), close > line.startIndex + 1,
                    close + 1 < line.endIndex, line[close + 1] == UInt8(ascii: ":")
                else { continue }
                found.append(String(decoding: line, as: UTF8.self))
                mayStartDefinition = true
            }
        }
        let joined = found.joined(separator: "\n")
        definitions = joined
        return joined
    }

    /// The file's lines `first...last` parsed again as a document of their own.
    mutating func reparsedSource(from first: Int, through last: Int) -> [MarkdownNode] {
        if lines == nil { lines = SourceLines(text) }
        guard let lines, first <= last else { return [] }
        var source: [UInt8] = []
        for number in first...last {
            source.append(contentsOf: lines.line(number - lineOffset))
            source.append(UInt8(ascii: "\n"))
        }
        return CmarkBridge.parse(
            String(decoding: source, as: UTF8.self), allowsRawHTML: allowsRawHTML,
            lineOffset: first - 1
        ).document.children
    }

    /// Lines that left the table go back through cmark as blocks of their own.
    func reparsedBlocks(_ raw: [RawLine], unescapingPipes: Bool = false) -> [MarkdownNode] {
        var source: [UInt8] = []
        for line in raw {
            source.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, line.indent)))
            if unescapingPipes {
                PipeTableRow.appendUnescapingPipes(line.bytes, to: &source)
            } else {
                source.append(contentsOf: line.bytes)
            }
            source.append(UInt8(ascii: "\n"))
        }
        let document = CmarkBridge.parse(String(decoding: source, as: UTF8.self), allowsRawHTML: allowsRawHTML, lineOffset: 0).document
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
