import ByteText
import Foundation

/// Relative URLs between outputs, so the site works under any sub-path and from `file://`.
public enum SitePaths {
    /// The prefix that climbs from the folder of `urlPath` to the site root (`../../`).
    /// Counts the non-empty segments on the UTF-8 bytes: it runs for every link of every
    /// page's nav, where splitting the string was a visible share of the build.
    static func rootPrefix(from urlPath: String) -> String {
        String(repeating: "../", count: depth(of: urlPath))
    }

    /// How many non-empty segments `urlPath` has: the folders a link from it climbs.
    private static func depth(of urlPath: String) -> Int {
        let bytes = urlPath.utf8Span.span
        var segments = 0
        var previous = UInt8(ascii: "/")
        for index in bytes.indices {
            let byte = bytes[index]
            if byte != UInt8(ascii: "/") && previous == UInt8(ascii: "/") { segments += 1 }
            previous = byte
        }
        return segments
    }

    /// A link from the page at `fromURLPath` to the site-relative `target` (`guide/`,
    /// `assets/site.css`), with `suffix` (a `#fragment`) after it. `offline` names
    /// `index.html` for folder targets. Made in one string: it runs for every link.
    public static func href(from fromURLPath: String, to target: String, offline: Bool, suffix: String = "") -> String {
        let climbs = depth(of: fromURLPath)
        let index = offline && (target.isEmpty || target.hasSuffix("/")) ? "index.html" : ""
        if climbs == 0 && target.isEmpty && index.isEmpty { return "./" + suffix }
        var href = ""
        href.reserveCapacity(3 * climbs + target.utf8.count + index.utf8.count + suffix.utf8.count)
        for _ in 0..<climbs { href += "../" }
        href += percentEncodingPathBytes(target)
        href += index
        href += suffix
        return href
    }

    /// `path` with the bytes that would end or break a URL path (`#`, `?`, `%`, spaces,
    /// quotes, controls) percent-encoded, so a page named `#1 tips?.md` links to itself.
    /// Folder separators and every other byte stay as written.
    public static func percentEncodingPathBytes(_ path: String) -> String {
        func needsEncoding(_ byte: UInt8) -> Bool {
            switch byte {
            case 0...0x20, 0x7F, UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "%"), UInt8(ascii: "\""),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"),
                UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
                return true
            default:
                return false
            }
        }
        guard ByteScan.contains(in: path, where: needsEncoding) else { return path }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count + 8)
        for byte in path.utf8 {
            if needsEncoding(byte) {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Joins `relative` onto `directory` (both content-relative) and removes `.`/`..`;
    /// nil when it climbs above the root (`PathJoin`).
    public static func normalize(_ relative: String, in directory: String) -> String? {
        PathJoin.normalize(relative, in: directory)
    }

    /// True for destinations that leave the site: `https:`, `mailto:`, `//host`, `/absolute`.
    public static func isExternal(_ destination: String) -> Bool {
        let bytes = destination.utf8
        if bytes.first == UInt8(ascii: "/") { return true }
        // A scheme: letters, digits, `+`, `-`, `.` before the first `:`.
        var schemeLength = 0
        for byte in bytes {
            if byte == UInt8(ascii: ":") { return schemeLength > 0 }
            if byte >= 0x80 { return hasNonASCIIScheme(destination) }
            let isSchemeByte =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if !isSchemeByte { return false }
            schemeLength += 1
        }
        return false
    }

    /// The rare scheme with non-ASCII letters or digits, judged by Unicode as before.
    private static func hasNonASCIIScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Splits `path#fragment` (dropping any `?query`). Scans the UTF-8 bytes once: it
    /// runs for every link twice (rewriting, checking).
    public static func splitFragment(_ destination: String) -> (path: String, fragment: String?) {
        let bytes = destination.utf8Span.span
        var hash: Int?
        var query: Int?
        var hasPercent = false
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "#"): if hash == nil { hash = index }
            case UInt8(ascii: "?"): if hash == nil, query == nil { query = index }
            case UInt8(ascii: "%"): if hash == nil, query == nil { hasPercent = true }
            default: break
            }
            if hash != nil { break }
        }
        let utf8 = destination.utf8
        let fragment = hash.map { String(destination[utf8.index(utf8.startIndex, offsetBy: $0 + 1)...]) }
        let end = query ?? hash ?? utf8.count
        let path = end == utf8.count ? destination : String(destination[..<utf8.index(utf8.startIndex, offsetBy: end)])
        // Foundation's decoding goes through NSString; most links have nothing to decode.
        guard hasPercent else { return (path, fragment) }
        return (path.removingPercentEncoding ?? path, fragment)
    }
}
