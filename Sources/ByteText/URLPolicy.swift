/// The one rule for every URL Orgbook writes into `href`, `src` or `<base>`: Markdown
/// links, decision-tree and report links, the site's base URL. It is cmark's safe-mode
/// filter (`scan_dangerous_url`): `javascript:`, `vbscript:`, `file:` and `data:` URLs are
/// dangerous, except `data:image/png|gif|jpeg|webp`; a case-insensitive prefix match,
/// exactly like cmark's scanner, after the leading spaces and control characters that
/// browsers skip.
public enum URLPolicy {
    public static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore leading spaces and C0 controls before a scheme.
        let url = String(url.drop { $0.unicodeScalars.allSatisfy { $0.value <= 0x20 } })
        let bytes = url.utf8
        func hasPrefix(_ prefix: StaticString) -> Bool {
            prefix.withUTF8Buffer { expected in
                guard bytes.count >= expected.count else { return false }
                var index = bytes.startIndex
                for wanted in expected {
                    var byte = bytes[index]
                    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
                    if byte != wanted { return false }
                    index = bytes.index(after: index)
                }
                return true
            }
        }
        if hasPrefix("data:image/png") || hasPrefix("data:image/gif")
            || hasPrefix("data:image/jpeg") || hasPrefix("data:image/webp")
        {
            return false
        }
        return hasPrefix("javascript:") || hasPrefix("vbscript:") || hasPrefix("file:") || hasPrefix("data:")
    }
}
