/// The one escaper for text Orgbook writes into CSS: a brand's font family, the report's
/// running header. CSS sits inside a `<style>` element or a `style` attribute, so besides
/// the string's own quote and backslash, `<`, `>` and line breaks become CSS escapes: data
/// can never end the element it sits in, and the text reads back unchanged.
public enum CSSEscaping {
    /// `text` as a CSS string literal between `quote`s (`"` or `'`).
    public static func string(_ text: String, quote: Unicode.Scalar = "\"") -> String {
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case quote: out += "\\" + String(quote)
            case "\\": out += "\\\\"
            case "<": out += "\\3c "
            case ">": out += "\\3e "
            case "\n", "\r": out += "\\a "
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }
}
