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
        var urlPath = urlPath
        return urlPath.withUTF8 { bytes in
            var segments = 0
            var previous = UInt8(ascii: "/")
            for byte in bytes {
                if byte != UInt8(ascii: "/") && previous == UInt8(ascii: "/") { segments += 1 }
                previous = byte
            }
            return segments
        }
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
    /// nil when it climbs above the root. Works on the UTF-8 bytes in one buffer: it runs
    /// for every link of every page.
    public static func normalize(_ relative: String, in directory: String) -> String? {
        var relative = relative
        var directory = directory
        return directory.withUTF8 { directory in relative.withUTF8 { normalize($0, in: directory) } }
    }

    private static func normalize(_ relative: UnsafeBufferPointer<UInt8>, in directory: UnsafeBufferPointer<UInt8>) -> String? {
        let capacity = directory.count + relative.count + 1
        // The joined path is never longer than both parts and a slash: it is written into
        // one buffer and made a string once.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out -> String? in
            var length = 0
            // Where the last kept segment starts; `..` climbs back to the one before it,
            // found by scanning back for its slash.
            let slash = UInt8(ascii: "/")
            let dot = UInt8(ascii: ".")
            func append(_ path: UnsafeBufferPointer<UInt8>, resolving: Bool) -> Bool {
                var start = 0
                while start < path.count {
                    var end = start
                    while end < path.count, path[end] != slash { end += 1 }
                    defer { start = end + 1 }
                    let count = end - start
                    if count == 0 { continue }
                    // The directory's segments are taken as they are; the link's are resolved.
                    if resolving, count == 1, path[start] == dot { continue }
                    if resolving, count == 2, path[start] == dot, path[start + 1] == dot {
                        guard length > 0 else { return false }
                        while length > 0, out[length - 1] != slash { length -= 1 }
                        if length > 0 { length -= 1 }
                        continue
                    }
                    if length > 0 {
                        out[length] = slash
                        length += 1
                    }
                    (out.baseAddress! + length).update(from: path.baseAddress! + start, count: count)
                    length += count
                }
                return true
            }
            guard append(directory, resolving: false), append(relative, resolving: true) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<length]), as: UTF8.self)
        }
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
        var destination = destination
        let (hash, query, hasPercent) = destination.withUTF8 { bytes -> (Int?, Int?, Bool) in
            var hash: Int?
            var query: Int?
            var hasPercent = false
            for index in 0..<bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "#"): if hash == nil { hash = index }
                case UInt8(ascii: "?"): if hash == nil, query == nil { query = index }
                case UInt8(ascii: "%"): if hash == nil, query == nil { hasPercent = true }
                default: break
                }
                if hash != nil { break }
            }
            return (hash, query, hasPercent)
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
