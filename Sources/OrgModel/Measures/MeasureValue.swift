import Diagnostics

/// Reads a measure's number as HR exports write it.
public enum MeasureValue {
    public enum Problem: Error { case notANumber, negative }

    /// `1240`, `1240.5`, `1,240.50` (comma grouping), `1240,5` (a decimal comma, as
    /// semicolon-separated European exports write it) or, for FTE, `80%`. Empty text is nil
    /// with no problem (the value is not given).
    public static func parse(_ raw: String, percentAllowed: Bool) -> Result<Double, Problem>? {
        var text = Substring(raw.trimmingWhitespace)
        guard !text.isEmpty else { return nil }
        var scale = 1.0
        if percentAllowed, text.hasSuffix("%") {
            text = text.dropLast()
            scale = 0.01
        }
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        guard let magnitude = number(text) else { return .failure(.notANumber) }
        if negative, magnitude != 0 { return .failure(.negative) }
        return .success(magnitude * scale)
    }

    /// Digits with an optional fraction; commas either group thousands (every group after
    /// the first has three digits, and a dot may follow) or, alone and not followed by
    /// exactly three digits, mark the decimals.
    private static func number(_ text: Substring) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        guard text.first!.isNumber, text.last!.isNumber else { return nil }
        let commas = text.filter { $0 == "," }.count
        if commas == 0 { return Double(text) }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if commas == 1, !text.contains("."), parts[1].count != 3 {
            return Double(parts[0] + "." + parts[1])
        }
        // Grouping: 1–3 digits, then groups of exactly three, the last of which may carry
        // the fraction.
        guard (1...3).contains(parts[0].count), !parts[0].contains(".") else { return nil }
        for (position, part) in parts.enumerated().dropFirst() {
            let digits = position == parts.count - 1 ? part.prefix { $0 != "." } : part
            guard digits.count == 3, !digits.contains(".") else { return nil }
        }
        return Double(parts.joined())
    }
}
