/// The type YAML 1.1's core schema gives a plain (unquoted, untagged) scalar, decided on
/// its bytes: `yes`/`on` are booleans, `0x1F` and `1_000` integers, `1e3` and `.inf`
/// floats, `~` and `null` null. Each rule is the regular expression in its doc comment,
/// written as a byte loop (front matter of every page goes through here).
enum PlainScalar {
    enum Kind: Equatable { case bool, int, float, null, string }

    static func kind(_ text: String) -> Kind {
        let bytes = Array(text.utf8)
        if isBool(bytes) { return .bool }
        if isInt(bytes) { return .int }
        if isFloat(bytes) { return .float }
        if isNull(bytes) { return .null }
        // Merge keys (`<<`), timestamps and `=` have types of their own in YAML 1.1, which
        // Orgbook reads as text like any other string.
        return .string
    }

    private static let booleans: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    private static func isBool(_ b: [UInt8]) -> Bool {
        b.count >= 2 && b.count <= 5 && booleans.contains(String(decoding: b, as: UTF8.self))
    }

    private static func isNull(_ b: [UInt8]) -> Bool {
        b.isEmpty || b == [UInt8(ascii: "~")] || ["null", "Null", "NULL"].contains(String(decoding: b, as: UTF8.self))
    }

    /// `^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$`
    private static func isInt(_ b: [UInt8]) -> Bool {
        var s = Scanner(b)
        s.skipSign()
        let start = s.i
        if s.take("0") {
            if s.atEnd { return true }
            if s.take("b") { return s.takeRun(binary) >= 1 && s.atEnd }
            if s.take("x") { return s.takeRun(hex) >= 1 && s.atEnd }
            s.i = start + 1
            _ = s.take("o")
            return s.takeRun(octal) >= 1 && s.atEnd
        }
        guard s.takeOne(nonZeroDigit) else { return false }
        _ = s.takeRun(digitOrUnderscore)
        if s.atEnd { return true }
        return s.takeSexagesimal() && s.atEnd
    }

    /// `^(?:[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?
    /// |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$`
    private static func isFloat(_ b: [UInt8]) -> Bool {
        let text = String(decoding: b, as: UTF8.self)
        if [".nan", ".NaN", ".NAN"].contains(text) { return true }
        var s = Scanner(b)
        let signed = s.skipSign()
        if !signed, s.take("."), s.takeRun(digitOrUnderscore) >= 1 {
            // `.5`, `.5e+3`: the exponent's sign is required here.
            if s.atEnd { return true }
            return s.takeOne { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
                && s.takeOne { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
                && s.takeRun(digit) >= 1 && s.atEnd
        }
        s = Scanner(b)
        s.skipSign()
        let afterSign = s.i
        if [".inf", ".Inf", ".INF"].contains(String(decoding: b[afterSign...], as: UTF8.self)) { return true }
        guard s.takeOne(digit) else { return false }
        _ = s.takeRun(digitOrUnderscore)
        let afterDigits = s.i
        // Sexagesimal: `1:30.5`.
        if s.peek == UInt8(ascii: ":") {
            return s.takeSexagesimal() && s.take(".") && s.takeRun(digitOrUnderscore) >= 0 && s.atEnd
        }
        s.i = afterDigits
        if s.take(".") { _ = s.takeRun(digitOrUnderscore) }
        if s.atEnd { return true }
        guard s.takeOne({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return false }
        s.skipSign()
        return s.takeRun(digit) >= 1 && s.atEnd
    }

    private static func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func nonZeroDigit(_ c: UInt8) -> Bool { c >= 0x31 && c <= 0x39 }
    private static func digitOrUnderscore(_ c: UInt8) -> Bool { digit(c) || c == UInt8(ascii: "_") }
    private static func binary(_ c: UInt8) -> Bool { c == 0x30 || c == 0x31 || c == UInt8(ascii: "_") }
    private static func octal(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x37) || c == UInt8(ascii: "_") }
    private static func hex(_ c: UInt8) -> Bool {
        digitOrUnderscore(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    private struct Scanner {
        let b: [UInt8]
        var i = 0

        init(_ b: [UInt8]) { self.b = b }

        var atEnd: Bool { i == b.count }
        var peek: UInt8? { i < b.count ? b[i] : nil }

        @discardableResult mutating func skipSign() -> Bool {
            takeOne { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        }

        mutating func take(_ ascii: Unicode.Scalar) -> Bool {
            takeOne { $0 == UInt8(ascii: ascii) }
        }

        mutating func takeOne(_ matches: (UInt8) -> Bool) -> Bool {
            guard i < b.count, matches(b[i]) else { return false }
            i += 1
            return true
        }

        /// Takes a run of matching bytes; returns its length.
        mutating func takeRun(_ matches: (UInt8) -> Bool) -> Int {
            let start = i
            while i < b.count, matches(b[i]) { i += 1 }
            return i - start
        }

        /// `(?::[0-5]?[0-9])+`: after each colon, two digits only when the first is 0–5.
        mutating func takeSexagesimal() -> Bool {
            var groups = 0
            while take(":") {
                guard let first = peek, PlainScalar.digit(first) else { return false }
                i += 1
                if let second = peek, PlainScalar.digit(second) {
                    guard first <= UInt8(ascii: "5") else { return false }
                    i += 1
                }
                groups += 1
            }
            return groups > 0
        }
    }
}
