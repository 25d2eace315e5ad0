/// Builds SVG and HTML text into one growing string, escaping everything that comes from
/// data and writing numbers in a short, locale-free, deterministic form.
struct Markup {
    private(set) var text: String

    init(capacity: Int) {
        text = ""
        text.reserveCapacity(capacity)
    }

    /// Appends markup written by the renderer itself (never data).
    mutating func raw(_ s: String) { text += s }

    /// Appends data as text content or an attribute value: `&`, `<`, `>`, `"`, `'` escaped.
    mutating func escaped(_ s: String) {
        // Fast path: most labels need no escaping at all.
        if !s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            text += s
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "\"": text += "&quot;"
            case "'": text += "&#39;"
            default: text.unicodeScalars.append(scalar)
            }
        }
    }

    /// Appends a number rounded to hundredths, without trailing zeros (`12`, `12.5`, `-3.25`).
    mutating func number(_ value: Double) {
        text += Markup.format(value)
    }

    /// Appends ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        text += " "
        text += name
        text += "=\""
        escaped(value)
        text += "\""
    }

    mutating func attribute(_ name: String, _ value: Double) {
        text += " "
        text += name
        text += "=\""
        number(value)
        text += "\""
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let magnitude = abs(hundredths)
        var s = hundredths < 0 ? "-" : ""
        s += String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            s += "."
            if fraction % 10 == 0 {
                s += String(fraction / 10)
            } else {
                if fraction < 10 { s += "0" }
                s += String(fraction)
            }
        }
        return s
    }

    /// Escapes a string for text or attribute use.
    static func escape(_ s: String) -> String {
        var m = Markup(capacity: s.utf8.count + 16)
        m.escaped(s)
        return m.text
    }

    /// A token safe inside a class attribute: letters, digits, `-` and `_` kept, the rest
    /// turned into `-`.
    static func classToken(_ s: String) -> String {
        String(s.unicodeScalars.map { scalar -> Character in
            let v = scalar.value
            let ok = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x2D || v == 0x5F
            return ok ? Character(scalar) : "-"
        })
    }
}
