/// Breaks a label into lines that fit a width, on word boundaries, breaking a word only
/// when the word alone is wider than the line.
public enum TextWrapper {
    /// The lines of `text` at `fontSize`, each no wider than `maxWidth` by `TextMetrics`.
    /// Runs of whitespace collapse to one space, as HTML and SVG draw them.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return [] }
        let spaceWidth = TextMetrics.width(of: " ", fontSize: fontSize, bold: bold)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0.0
        for word in words {
            let wordWidth = TextMetrics.width(of: word, fontSize: fontSize, bold: bold)
            if current.isEmpty {
                if wordWidth <= maxWidth {
                    current = String(word)
                    currentWidth = wordWidth
                } else {
                    var pieces = breakWord(word, maxWidth: maxWidth, fontSize: fontSize, bold: bold)
                    current = pieces.removeLast()
                    currentWidth = TextMetrics.width(of: current, fontSize: fontSize, bold: bold)
                    lines.append(contentsOf: pieces)
                }
            } else if currentWidth + spaceWidth + wordWidth <= maxWidth {
                current += " "
                current += word
                currentWidth += spaceWidth + wordWidth
            } else {
                lines.append(current)
                current = ""
                currentWidth = 0
                if wordWidth <= maxWidth {
                    current = String(word)
                    currentWidth = wordWidth
                } else {
                    var pieces = breakWord(word, maxWidth: maxWidth, fontSize: fontSize, bold: bold)
                    current = pieces.removeLast()
                    currentWidth = TextMetrics.width(of: current, fontSize: fontSize, bold: bold)
                    lines.append(contentsOf: pieces)
                }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Cuts a word wider than a line into pieces that fit, by characters (at least one
    /// character per piece, so an absurdly narrow width still terminates).
    static func breakWord(_ word: Substring, maxWidth: Double, fontSize: Double, bold: Bool) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var width = 0.0
        for character in word {
            let w = TextMetrics.width(of: String(character), fontSize: fontSize, bold: bold)
            if !piece.isEmpty && width + w > maxWidth {
                pieces.append(piece)
                piece = ""
                width = 0
            }
            piece.append(character)
            width += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
