/// cmark's safe-mode URL filter (`scan_dangerous_url`): `javascript:`, `vbscript:`,
/// `file:` and `data:` URLs are dropped, except `data:image/png|gif|jpeg|webp`.
/// Case-insensitive prefix match, exactly like the re2c scanner.
enum URLSafety {
    static func isDangerous(_ url: String) -> Bool {
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
            || hasPrefix("data:image/jpeg") || hasPrefix("data:image/webp") {
            return false
        }
        return hasPrefix("javascript:") || hasPrefix("vbscript:") || hasPrefix("file:") || hasPrefix("data:")
    }
}
