/// Widths of text as a browser draws it in Liberation Sans (or metric-compatible Arial),
/// from the advance widths of the font files, without kerning (a safe upper bound).
public enum TextMetrics {
    /// The font stack every diagram names, first the font the metrics come from.
    public static let fontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif"

    /// Width of a character the font lacks: a full em, wide enough for CJK and symbols a
    /// browser draws from a fallback font.
    static let missingGlyphUnits: UInt16 = 2048

    /// The width of `text` in CSS pixels at `fontSize` pixels.
    public static func width(of text: some StringProtocol, fontSize: Double, bold: Bool = false) -> Double {
        var units = 0
        for scalar in text.unicodeScalars {
            units += Int(advance(of: scalar, bold: bold))
        }
        return Double(units) * fontSize / FontMetricsTable.unitsPerEm
    }

    /// The advance of one scalar in font units; combining marks and controls add nothing.
    static func advance(of scalar: Unicode.Scalar, bold: Bool) -> UInt16 {
        let value = Int(scalar.value)
        if value < FontMetricsTable.denseLimit {
            let table = bold ? FontMetricsTable.denseBold : FontMetricsTable.denseRegular
            let units = table[value]
            if units != 0 || value < 0x20 || (0x300..<0x370).contains(value) { return units }
            return missingGlyphUnits
        }
        if (0x300..<0x370).contains(value) || value == 0x200B || value == 0xFE0F { return 0 }
        let codes = FontMetricsTable.sparseCodePoints
        var low = 0, high = codes.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let code = codes[mid]
            if code == scalar.value {
                return bold ? FontMetricsTable.sparseBold[mid] : FontMetricsTable.sparseRegular[mid]
            }
            if code < scalar.value { low = mid + 1 } else { high = mid - 1 }
        }
        return missingGlyphUnits
    }
}
