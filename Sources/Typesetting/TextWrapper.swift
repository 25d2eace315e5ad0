/// Breaks a label into lines that fit a width, on word boundaries, breaking a word only
/// when the word alone is wider than the line.
public enum TextWrapper {
    /// The lines of `text` at `fontSize`, each no wider than `maxWidth` by `TextMetrics`.
    /// Runs of whitespace collapse to one space, as HTML and SVG draw them; no-break
    /// spaces hold their words together.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> [String] {
        let maxUnits = maxWidth * FontMetricsTable.unitsPerEm / fontSize
        // Most labels are already set as the loop below would set them (single spaces
        // between words): then a text that fits is its own line, and one that does not is
        // cut into lines straight out of the text.
        if isSetAsOneLine(text) {
            if Double(TextMetrics.units(of: text, bold: bold)) <= maxUnits { return [text] }
            if let lines = wrapSetText(text, maxUnits: maxUnits, bold: bold) { return lines }
        }
        let spaceUnits = Double(TextMetrics.units(of: " ", bold: bold))
        var lines: [String] = []
        var current = ""
        var currentUnits = 0.0
        for word in words(of: text) {
            let wordUnits = Double(TextMetrics.units(of: word, bold: bold))
            if !current.isEmpty && currentUnits + spaceUnits + wordUnits <= maxUnits {
                current += " "
                current += word
                currentUnits += spaceUnits + wordUnits
                continue
            }
            if !current.isEmpty { lines.append(current) }
            if wordUnits <= maxUnits {
                current = String(word)
                currentUnits = wordUnits
            } else {
                var pieces = breakWord(word, maxUnits: maxUnits, bold: bold)
                current = pieces.removeLast()
                currentUnits = Double(TextMetrics.units(of: current, bold: bold))
                lines.append(contentsOf: pieces)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The lines `wrap` chooses for a text set as one line (see `isSetAsOneLine`), each a
    /// slice of the text; nil when a word is wider than a line and must be broken, which
    /// the general path does.
    static func wrapSetText(_ text: String, maxUnits: Double, bold: Bool) -> [String]? {
        let dense = bold ? FontMetricsTable.denseBold : FontMetricsTable.denseRegular
        let spaceUnits = Double(dense[0x20])
        let utf8 = text.utf8
        var lines: [String] = []
        // The line being filled runs from `lineStart` to `lineEnd` (nil while empty).
        var lineStart = utf8.startIndex
        var lineEnd: String.Index? = nil
        var currentUnits = 0.0
        var wordStart = utf8.startIndex
        var wordUnits = 0
        var i = utf8.startIndex
        while true {
            let atEnd = i == utf8.endIndex
            if atEnd || utf8[i] == 0x20 {
                // A word ends at i: the same greedy choice as `wrap`.
                let w = Double(wordUnits)
                if lineEnd != nil && currentUnits + spaceUnits + w <= maxUnits {
                    lineEnd = i
                    currentUnits += spaceUnits + w
                } else {
                    if let end = lineEnd { lines.append(String(text[lineStart..<end])) }
                    guard w <= maxUnits else { return nil }
                    lineStart = wordStart
                    lineEnd = i
                    currentUnits = w
                }
                if atEnd { break }
                wordUnits = 0
                wordStart = utf8.index(after: i)
            } else {
                wordUnits += Int(dense[Int(utf8[i])])
            }
            i = utf8.index(after: i)
        }
        if let end = lineEnd { lines.append(String(text[lineStart..<end])) }
        return lines
    }

    /// True for non-empty ASCII text whose words are separated by single spaces, with none
    /// at either end: the words joined as `wrap` joins them give back the text itself.
    static func isSetAsOneLine(_ text: String) -> Bool {
        let bytes = text.utf8Span.span
        var afterSpace = true
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 || (0x09...0x0D).contains(byte) { return false }
            if byte == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else {
                afterSpace = false
            }
        }
        return !afterSpace
    }

    /// The words of `text`: runs of scalars between breaking whitespace.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 >= 0x80 }) {
            // ASCII: every byte is a character, so byte positions are valid string indices.
            var start: String.Index? = nil
            var i = utf8.startIndex
            while i < utf8.endIndex {
                let b = utf8[i]
                let breaks = b == 0x20 || (0x09...0x0D).contains(b)
                if breaks, let s = start {
                    words.append(text[s..<i])
                    start = nil
                } else if !breaks && start == nil {
                    start = i
                }
                i = utf8.index(after: i)
            }
            if let s = start { words.append(text[s..<utf8.endIndex]) }
            return words
        }
        let scalars = text.unicodeScalars
        var start: String.Index? = nil
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let breaks = isBreakingSpace(scalars[i])
            if breaks, let s = start {
                words.append(text[s..<i])
                start = nil
            } else if !breaks && start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        if let s = start { words.append(text[s..<scalars.endIndex]) }
        return words
    }

    static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v == 0xA0 || v == 0x2007 || v == 0x202F { return false }
        return scalar.properties.isWhitespace
    }

    /// Cuts a word wider than a line into pieces that fit, by characters (at least one
    /// character per piece, so an absurdly narrow width still terminates).
    static func breakWord(_ word: Substring, maxUnits: Double, bold: Bool) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var units = 0.0
        for character in word {
            let w = Double(TextMetrics.scalarUnits(of: String(character), bold: bold))
            if !piece.isEmpty && units + w > maxUnits {
                pieces.append(piece)
                piece = ""
                units = 0
            }
            piece.append(character)
            units += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
