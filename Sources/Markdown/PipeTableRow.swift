/// One line of a GFM pipe table split into cells, following the GFM spec: leading and
/// trailing pipes are optional, cells are trimmed, `\|` is a pipe inside a cell.
struct PipeTableRow {
    struct Cell {
        /// The cell's Markdown with `\|` turned into `|`.
        var text: String
        /// Offset of the cell's first byte in the line.
        var offset: Int
    }

    var cells: [Cell]

    init(_ line: ArraySlice<UInt8>) {
        var cells: [Cell] = []
        // Room for a typical row at once, rather than growing one cell at a time.
        cells.reserveCapacity(8)
        let end = Self.trimmedEnd(line)
        var index = Self.skipSpaces(line, from: line.startIndex, to: end)
        if index < end, line[index] == UInt8(ascii: "|") { index += 1 }
        var cellStart = index
        var hasEscapedPipe = false
        var endsWithSeparator = false
        while index < end {
            let byte = line[index]
            endsWithSeparator = false
            if byte == UInt8(ascii: "\\"), index + 1 < end, line[index + 1] == UInt8(ascii: "|") {
                // `\|` is a pipe inside the cell, even after another backslash (as in
                // cmark-gfm); other backslashes stay for the inline parser.
                hasEscapedPipe = true
                index += 2
            } else if byte == UInt8(ascii: "|") {
                cells.append(Self.cell(line[cellStart..<index], unescaping: hasEscapedPipe, in: line))
                hasEscapedPipe = false
                index += 1
                cellStart = index
                endsWithSeparator = true
            } else {
                index += 1
            }
        }
        if !endsWithSeparator {
            cells.append(Self.cell(line[cellStart..<end], unescaping: hasEscapedPipe, in: line))
        }
        self.cells = cells
    }

    /// True when the line holds a delimiter row (`| :-- | --: |`); returns the alignments.
    static func alignments(of row: PipeTableRow) -> [MarkdownNode.TableAlignment]? {
        var result: [MarkdownNode.TableAlignment] = []
        for cell in row.cells {
            let bytes = Array(cell.text.utf8)
            guard !bytes.isEmpty else { return nil }
            let leftColon = bytes.first == UInt8(ascii: ":")
            let rightColon = bytes.count > 1 && bytes.last == UInt8(ascii: ":")
            let dashes = bytes[(leftColon ? 1 : 0)..<(bytes.count - (rightColon ? 1 : 0))]
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            switch (leftColon, rightColon) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        return result.isEmpty ? nil : result
    }

    /// The cell of the raw bytes `raw`, trimmed; `\|` becomes `|` when `unescaping`.
    /// Spaces are never part of a `\|`, so trimming before or after unescaping is the same.
    private static func cell(_ raw: ArraySlice<UInt8>, unescaping: Bool, in line: ArraySlice<UInt8>) -> Cell {
        var lower = raw.startIndex
        var upper = raw.endIndex
        while lower < upper, isSpace(raw[lower]) { lower += 1 }
        while upper > lower, isSpace(raw[upper - 1]) { upper -= 1 }
        let offset = lower - line.startIndex
        guard unescaping else { return Cell(text: String(decoding: raw[lower..<upper], as: UTF8.self), offset: offset) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(upper - lower)
        appendUnescapingPipes(raw[lower..<upper], to: &bytes)
        return Cell(text: String(decoding: bytes, as: UTF8.self), offset: offset)
    }

    /// Appends `bytes` with each `\|` written as `|`, read left to right as cmark-gfm
    /// does (so `\\|` gives `\|`).
    static func appendUnescapingPipes(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let escapesPipe =
                bytes[index] == UInt8(ascii: "\\") && index + 1 < bytes.endIndex
                && bytes[index + 1] == UInt8(ascii: "|")
            if !escapesPipe { out.append(bytes[index]) }
            index += 1
        }
    }

    private static func skipSpaces(_ line: ArraySlice<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, isSpace(line[index]) { index += 1 }
        return index
    }

    private static func trimmedEnd(_ line: ArraySlice<UInt8>) -> Int {
        var end = line.endIndex
        while end > line.startIndex, isSpace(line[end - 1]) { end -= 1 }
        return end
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
