/// GFM pipe tables, which libcmark does not know: a pass over the parsed document that
/// finds paragraphs (and setext headings) holding a header row followed by a delimiter
/// row, and turns them into table nodes. Cell text is parsed as inline Markdown by cmark.
struct PipeTablePass {
    let text: String
    let lineOffset: Int
    let allowsRawHTML: Bool
    var lines: SourceLines?
    /// The page's one-line link reference definitions, found when a cell first needs them.
    var definitions: String?
    /// While a table in a top-level block quote is built: the quote's last line.
    var escapeEndLine: Int?
    /// Blocks parsed from the lines after such a table, which belong after the quote.
    var escaped: [MarkdownNode] = []

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
    /// Returns blocks that must leave `nodes`' container: in GFM a table has no lazy
    /// continuation, so a lazy line after a table in a top-level block quote closes the
    /// quote (`escapeEnd` is that quote's last line).
    @discardableResult
    private mutating func process(
        _ nodes: inout [MarkdownNode], quoteDepth: Int, inListItem: Bool,
        escapeEnd: Int? = nil
    ) -> [MarkdownNode] {
        var index = 0
        while index < nodes.count {
            switch nodes[index].kind {
            case .blockQuote:
                let isTopLevel = quoteDepth == 0 && !inListItem
                let outside = process(
                    &nodes[index].children, quoteDepth: quoteDepth + 1, inListItem: false,
                    escapeEnd: isTopLevel ? nodes[index].range?.end.line : nil)
                if !outside.isEmpty {
                    if let end = nodes[index].children.last?.range?.end { nodes[index].range?.end = end }
                    // Those blocks may hold tables of their own.
                    var following = outside
                    process(&following, quoteDepth: quoteDepth, inListItem: inListItem)
                    nodes.insert(contentsOf: following, at: index + 1)
                    index += 1 + following.count
                    continue
                }
            case .document, .list:
                process(&nodes[index].children, quoteDepth: quoteDepth, inListItem: inListItem)
            case .listItem:
                process(&nodes[index].children, quoteDepth: quoteDepth, inListItem: true)
            case .paragraph, .heading:
                escapeEndLine = escapeEnd
                let replacement = tableBlocks(from: nodes[index], quoteDepth: quoteDepth, inListItem: inListItem)
                escapeEndLine = nil
                if let replacement {
                    nodes.replaceSubrange(index...index, with: replacement)
                    index += replacement.count
                    if !escaped.isEmpty {
                        // The rest of the quote was parsed again outside it.
                        nodes.removeSubrange(index...)
                        defer { escaped = [] }
                        return escaped
                    }
                    continue
                }
            default:
                break
            }
            index += 1
        }
        return []
    }

    // MARK: Finding the table

    /// A line of the block with its container markers (`>`) removed.
    struct RawLine {
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

    mutating func tableBlocks(from block: MarkdownNode, quoteDepth: Int, inListItem: Bool) -> [MarkdownNode]? {
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
            return assemble(
                block: block, cleanInlines: cleanInlines, raw: raw, headerIndex: delimiterIndex - 1,
                alignments: alignments, header: header)
        }
        return nil
    }
}
