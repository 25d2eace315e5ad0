extension PlainScalar {
    /// The value of a scalar `kind` calls `.bool`: `yes`, `true` and `on` in any of their
    /// three spellings are true.
    static func boolean(_ text: String) -> Bool {
        ["yes", "true", "on"].contains(text.lowercased())
    }

    /// The value of a scalar `kind` calls `.int`: decimal, `0b` binary, `0x` hex, `0o` or
    /// leading-zero octal, or base 60 (`1:30`); `_` separators are skipped. Nil when it does
    /// not fit in an `Int`.
    static func integer(_ text: String) -> Int? {
        var digits = Substring(text.filter { $0 != "_" })
        var sign = 1
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        let magnitude: Int?
        if digits.contains(":") {
            magnitude = sexagesimal(digits).flatMap { $0 <= Double(Int.max) ? Int($0) : nil }
        } else if digits.hasPrefix("0b") {
            magnitude = Int(digits.dropFirst(2), radix: 2)
        } else if digits.hasPrefix("0x") {
            magnitude = Int(digits.dropFirst(2), radix: 16)
        } else if digits.hasPrefix("0o") {
            magnitude = Int(digits.dropFirst(2), radix: 8)
        } else if digits.hasPrefix("0"), digits.count > 1 {
            magnitude = Int(digits.dropFirst(), radix: 8)
        } else {
            magnitude = Int(digits)
        }
        return magnitude.map { sign * $0 }
    }

    /// The value of a scalar `kind` calls `.float`, `.inf` and `.nan` and base 60 included.
    static func float(_ text: String) -> Double? {
        let lowered = text.lowercased()
        switch lowered {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        var digits = Substring(text.filter { $0 != "_" })
        guard digits.contains(":") else { return Double(digits) }
        var sign = 1.0
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        return sexagesimal(digits).map { sign * $0 }
    }

    /// `190:20:30.5`: each colon-separated part is worth 60 times the next.
    private static func sexagesimal(_ digits: Substring) -> Double? {
        var value = 0.0
        for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
            guard let number = Double(part) else { return nil }
            value = value * 60 + number
        }
        return value
    }
}
