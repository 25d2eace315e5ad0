import Foundation

/// Relative URLs between outputs, so the site works under any sub-path and from `file://`.
enum SitePaths {
    /// The prefix that climbs from the folder of `urlPath` to the site root (`../../`).
    /// Counts the non-empty segments on the UTF-8 bytes: it runs for every link of every
    /// page's nav, where splitting the string was a visible share of the build.
    static func rootPrefix(from urlPath: String) -> String {
        var segments = 0
        var previous = UInt8(ascii: "/")
        for byte in urlPath.utf8 {
            if byte != UInt8(ascii: "/") && previous == UInt8(ascii: "/") { segments += 1 }
            previous = byte
        }
        return String(repeating: "../", count: segments)
    }

    /// A link from the page at `fromURLPath` to the site-relative `target` (`guide/`,
    /// `assets/site.css`). `offline` names `index.html` for folder targets.
    static func href(from fromURLPath: String, to target: String, offline: Bool) -> String {
        var target = target
        if offline && (target.isEmpty || target.hasSuffix("/")) { target += "index.html" }
        let href = rootPrefix(from: fromURLPath) + target
        return href.isEmpty ? "./" : href
    }

    /// Joins `relative` onto `directory` (both content-relative) and removes `.`/`..`;
    /// nil when it climbs above the root. Works on the UTF-8 bytes in one buffer: it runs
    /// for every link of every page.
    static func normalize(_ relative: String, in directory: String) -> String? {
        var relative = relative, directory = directory
        return directory.withUTF8 { directory in relative.withUTF8 { normalize($0, in: directory) } }
    }

    private static func normalize(_ relative: UnsafeBufferPointer<UInt8>, in directory: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(directory.count + relative.count + 1)
        // Where each segment in `out` starts, so `..` can drop the last one.
        var starts: [Int] = []
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        for (path, resolves) in [(directory, false), (relative, true)] {
            var start = 0
            while start < path.count {
                var end = start
                while end < path.count, path[end] != slash { end += 1 }
                defer { start = end + 1 }
                let length = end - start
                if length == 0 { continue }
                // The directory's segments are taken as they are; the link's are resolved.
                if resolves, length == 1, path[start] == dot { continue }
                if resolves, length == 2, path[start] == dot, path[start + 1] == dot {
                    guard let last = starts.popLast() else { return nil }
                    out.removeSubrange(max(0, last - 1)...)
                    continue
                }
                if !out.isEmpty { out.append(slash) }
                starts.append(out.count)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: path[start..<end]))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True for destinations that leave the site: `https:`, `mailto:`, `//host`, `/absolute`.
    static func isExternal(_ destination: String) -> Bool {
        let bytes = destination.utf8
        if bytes.first == UInt8(ascii: "/") { return true }
        // A scheme: letters, digits, `+`, `-`, `.` before the first `:`.
        var schemeLength = 0
        for byte in bytes {
            if byte == UInt8(ascii: ":") { return schemeLength > 0 }
            if byte >= 0x80 { return hasNonASCIIScheme(destination) }
            let isSchemeByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
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
    static func splitFragment(_ destination: String) -> (path: String, fragment: String?) {
        var destination = destination
        let (hash, query, hasPercent) = destination.withUTF8 { bytes -> (Int?, Int?, Bool) in
            var hash: Int?, query: Int?, hasPercent = false
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
