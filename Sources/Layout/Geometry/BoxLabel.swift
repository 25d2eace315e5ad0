import Typesetting

/// A box sized to hold its wrapped label plus padding.
public struct BoxLabel: Hashable, Sendable {
    public var lines: [LabelLine]
    public var width: Double
    public var height: Double

    /// Horizontal padding on each side of the text.
    public static let paddingX: Double = 10
    public static let paddingY: Double = 7
    /// Extra room for each line over its measured width: browsers round glyph positions and
    /// may substitute a slightly different font; 6% keeps text inside the box regardless.
    public static let safetyFactor: Double = 1.06

    /// Wraps each paragraph to `maxTextWidth` in its style and sizes the box: at least
    /// `minWidth` wide, every line's width times the safety factor plus padding.
    public init(_ paragraphs: [(text: String, style: TextStyle)], maxTextWidth: Double, minWidth: Double = 0) {
        var wrapped: [(String, TextStyle, Double)] = []
        var widest = 0.0
        for (text, style) in paragraphs {
            let wrapWidth = maxTextWidth / BoxLabel.safetyFactor
            for line in TextWrapper.wrap(text, maxWidth: wrapWidth, fontSize: style.fontSize, bold: style.bold) {
                let w = TextMetrics.width(of: line, fontSize: style.fontSize, bold: style.bold)
                widest = max(widest, w)
                wrapped.append((line, style, w))
            }
        }
        let width = max(minWidth, (widest * BoxLabel.safetyFactor + 2 * BoxLabel.paddingX).rounded(.up))
        var y = BoxLabel.paddingY
        var lines: [LabelLine] = []
        lines.reserveCapacity(wrapped.count)
        for (text, style, w) in wrapped {
            // Centre the glyphs' cap height in the line box: the baseline sits about 0.35 em
            // below the line's middle for Liberation Sans.
            let baseline = y + style.lineHeight / 2 + style.fontSize * 0.35
            lines.append(LabelLine(text: text, style: style, width: w, baseline: Point(x: width / 2, y: baseline)))
            y += style.lineHeight
        }
        self.lines = lines
        self.width = width
        self.height = max(y + BoxLabel.paddingY, 2 * BoxLabel.paddingY + 12)
    }
}
