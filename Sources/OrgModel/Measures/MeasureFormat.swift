/// Writes measures the way a consultant's slide does: `1,240 HC · €4.2m`.
public enum MeasureFormat {
    /// One measure: `1,240 HC`, `96.5 FTE`, `€4.2m`, `3 vacant`, `12 Contractors`.
    public static func format(_ value: Double, as measure: MeasureDefinition, currency: String?) -> String {
        if measure.key == MeasureDefinition.cost.key { return money(value, currency: currency) }
        let suffix = measure.unitSuffix ?? measure.label
        return "\(grouped(value)) \(suffix)"
    }

    /// The `show:` measures of `values` joined by " · ", skipping those not given; nil when
    /// none is.
    public static func line(_ values: [String: Double], settings: OrgChartSettings) -> String? {
        let parts = settings.show.compactMap { key -> String? in
            guard let value = values[key], let measure = settings.measure(key) else { return nil }
            return format(value, as: measure, currency: settings.currency)
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// A number with thousands commas and at most one decimal, dropped when zero: `1,240`,
    /// `96.5`.
    public static func grouped(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int((tenths / 10).rounded(.towardZero))
        let fraction = Int(abs(tenths).truncatingRemainder(dividingBy: 10))
        var digits = String(abs(whole))
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        let sign = value < 0 && (whole != 0 || fraction != 0) ? "-" : ""
        return sign + groups.joined(separator: ",") + (fraction == 0 ? "" : ".\(fraction)")
    }

    /// Money scaled to k, m or bn with one decimal where it matters: `€950`, `€12.5k`,
    /// `€4.2m`, `$1.3bn`.
    public static func money(_ value: Double, currency: String?) -> String {
        let magnitude = abs(value)
        let (scaled, suffix): (Double, String) =
            switch magnitude {
            case 1e9...: (value / 1e9, "bn")
            case 1e6...: (value / 1e6, "m")
            case 1e4...: (value / 1e3, "k")
            default: (value, "")
            }
        let number = suffix.isEmpty ? grouped(value.rounded()) : grouped(scaled)
        return symbol(currency) + number + suffix
    }

    /// `€` for EUR, `$` for USD and so on; other codes are written before the number with
    /// a space (`CHF 4.2m`).
    static func symbol(_ currency: String?) -> String {
        guard let currency, !currency.isEmpty else { return "" }
        switch currency.uppercased() {
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        case "JPY", "CNY": return "¥"
        case "INR": return "₹"
        default: return currency.count == 1 ? currency : currency + " "
        }
    }
}
