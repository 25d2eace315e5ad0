/// Decodes the character references that appear in rendered pages: numeric ones and the
/// named ones cmark and our templates write. Unknown names are kept as written.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}",
        "middot": "\u{B7}", "bull": "\u{2022}", "rarr": "\u{2192}", "larr": "\u{2190}",
        "times": "\u{D7}", "shy": "\u{AD}", "euro": "\u{20AC}", "deg": "\u{B0}",
    ]

    /// The text for the reference body `name` (without `&` and `;`), or nil if unknown.
    static func decode(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[String(name)]
    }
}
