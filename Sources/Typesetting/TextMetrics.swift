import ByteText

/// Widths of text as a browser draws it in Liberation Sans (or metric-compatible Arial),
/// from the advance widths of the font files, without kerning (a safe upper bound) — or
/// in a brand's `.ttf`, while `font` is bound to it for a diagram's layout and drawing.
public enum TextMetrics {
    /// The brand font the diagrams being drawn use; nil for Liberation Sans. Bound with
    /// `TextMetrics.$font.withValue(font) { … }` around a diagram's layout and SVG, so
    /// every measurement and the SVG's font family agree without passing a font through
    /// each layout.
    @TaskLocal public static var font: DiagramFont?

    /// The families after a brand font, first the font the built-in metrics come from.
    static let builtInFamilies = "'Liberation Sans', Arial, Helvetica, sans-serif"

    /// The font stack every diagram names, first the font the metrics come from.
    public static var fontFamily: String { font?.cssFamilies ?? builtInFamilies }

    /// Width of a character the font lacks: a full em, wide enough for CJK and symbols a
    /// browser draws from a fallback font.
    static let missingGlyphUnits: Int = 2048

    /// The width of `text` in CSS pixels at `fontSize` pixels.
    public static func width(of text: some StringProtocol, fontSize: Double, bold: Bool = false) -> Double {
        Double(units(of: text, bold: bold)) * fontSize / FontMetricsTable.unitsPerEm
    }

    /// The width of `text` in font units (2048 per em).
    static func units(of text: some StringProtocol, bold: Bool) -> Int {
        if let font { return brandUnits(of: text, font: font, bold: bold) }
        // Fast path: plain ASCII needs no scalar decoding, read from the string's own bytes.
        let dense = bold ? FontMetricsTable.denseBold : FontMetricsTable.denseRegular
        if let total = ByteScan.asciiTotal(of: text, weights: dense) { return total }
        return scalarUnits(of: text, bold: bold)
    }

    static func scalarUnits(of text: some StringProtocol, bold: Bool) -> Int {
        if let font { return brandUnits(of: text, font: font, bold: bold) }
        var total = 0
        for scalar in text.unicodeScalars { total += advance(of: scalar, bold: bold) }
        return total
    }

    /// The width in the brand's font, a character it lacks measured as the fallback draws it.
    private static func brandUnits(of text: some StringProtocol, font: DiagramFont, bold: Bool) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += font.advance(of: scalar, bold: bold) ?? advance(of: scalar, bold: bold) }
        return total
    }

    /// The advance of one scalar in font units; combining marks and invisible joiners add
    /// nothing, characters the font lacks a full em.
    static func advance(of scalar: Unicode.Scalar, bold: Bool) -> Int {
        let value = Int(scalar.value)
        if value < FontMetricsTable.denseLimit {
            let units = Int((bold ? FontMetricsTable.denseBold : FontMetricsTable.denseRegular)[value])
            return units != 0 || value < 0x20 ? units : missingGlyphUnits
        }
        if (0x300..<0x370).contains(value) || (0x200B...0x200D).contains(value) || value == 0xFE0F { return 0 }
        let codes = FontMetricsTable.sparseCodePoints
        var low = 0
        var high = codes.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let code = codes[mid]
            if code == scalar.value {
                return Int(bold ? FontMetricsTable.sparseBold[mid] : FontMetricsTable.sparseRegular[mid])
            }
            if code < scalar.value { low = mid + 1 } else { high = mid - 1 }
        }
        return missingGlyphUnits
    }
}
