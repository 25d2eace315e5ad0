import ByteText

/// A brand's `.ttf` as the diagrams use it: the family their SVG names first, and its
/// advance widths scaled to the 2048 units per em `TextMetrics` counts in. Characters the
/// font lacks are drawn from the next family, Liberation Sans, and measured in it.
public struct DiagramFont: Sendable, Hashable {
    /// The CSS family the brand's `@font-face` declares.
    public let family: String
    /// Advances by scalar value, in 2048ths of an em, rounded up so a label never comes
    /// out narrower than the browser draws it.
    let advances: [UInt32: Int]

    /// How much wider than its regular glyphs the browser draws a bold label when the
    /// brand gives one weight only and bold is synthesized. Measured in Chromium 156 with
    /// DejaVu Sans (canvas `measureText`, six labels): synthetic bold thickens the strokes
    /// but keeps the regular advances, so the factor is 1.
    static let syntheticBoldFactor = 1.0

    public init(family: String, metrics: TrueTypeMetrics) {
        self.family = family
        let scale = FontMetricsTable.unitsPerEm
        let unitsPerEm = Double(metrics.unitsPerEm)
        advances = metrics.advances.mapValues { Int((Double($0) * scale / unitsPerEm).rounded(.up)) }
    }

    /// The family list for SVG and CSS: this font, then the one whose widths stand in for
    /// characters it lacks. The family is escaped, not trimmed, so it names the same font
    /// as the brand's `@font-face`.
    public var cssFamilies: String { CSSEscaping.string(family, quote: "'") + ", " + TextMetrics.builtInFamilies }

    /// One scalar's advance; nil when the font has no glyph for it.
    func advance(of scalar: Unicode.Scalar, bold: Bool) -> Int? {
        guard let units = advances[scalar.value] else { return nil }
        return bold ? Int((Double(units) * Self.syntheticBoldFactor).rounded(.up)) : units
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.family == rhs.family && lhs.advances == rhs.advances }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(family)
        hasher.combine(advances.count)
    }
}
