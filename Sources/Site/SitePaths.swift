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
    /// nil when it climbs above the root.
    static func normalize(_ relative: String, in directory: String) -> String? {
        var parts = directory.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// True for destinations that leave the site: `https:`, `mailto:`, `//host`, `/absolute`.
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("/") { return true }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Splits `path#fragment` (dropping any `?query`).
    static func splitFragment(_ destination: String) -> (path: String, fragment: String?) {
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path.removingPercentEncoding ?? path, fragment)
    }
}
