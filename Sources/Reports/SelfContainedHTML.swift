import Foundation
import Rendering

/// Keeps a single-file HTML document from reaching outside itself: links to other files or
/// hosts lose their target, images that are not embedded become their alt text, and a
/// scan lists whatever would still make the browser fetch or leave the file.
public enum SelfContainedHTML {
    /// Every reference in `html` that points outside the document: `src=` and `srcset=`
    /// not holding a `data:` URI, `href=` not starting with `#`, CSS `url()` not holding a
    /// `data:` URI or a `#fragment`, and `@import`. Only markup is read — attributes inside
    /// tags and `<style>` elements — so a report whose text says
    /// `src=x` or `url(x)` is not mistaken for one that loads them. Empty for a
    /// self-contained file.
    public static func externalReferences(in html: String) -> [String] {
        var found: [String] = []
        var styles: [String] = []
        for tag in matches(#"<[a-zA-Z][a-zA-Z0-9:-]*(?:[^>"']|"[^"]*"|'[^']*')*>"#, in: html).map({ $0[0] }) {
            for match in matches(#"\s(src|srcset|href|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)"#, in: tag) {
                let attribute = match[1].lowercased()
                let value = unquoted(match[2])
                let allowed = attribute.hasSuffix("href") ? value.hasPrefix("#") : value.hasPrefix("data:")
                if !allowed { found.append(match[0].trimmingCharacters(in: .whitespaces)) }
            }
            // `style=` and SVG paint attributes (`fill="url(…)"`) can load a URL too.
            if tag.contains("url(") { styles.append(tag) }
        }
        styles += matches(#"<style\b[^>]*>([\s\S]*?)</style>"#, in: html).map { $0[1] }
        for css in styles {
            for match in matches(#"url\(\s*("[^"]*"|'[^']*'|[^)]*)\s*\)"#, in: css) {
                let value = unquoted(match[1].trimmingCharacters(in: .whitespaces))
                if !(value.hasPrefix("data:") || value.hasPrefix("#")) { found.append(match[0]) }
            }
            for match in matches(#"@import\b[^;]*"#, in: css) { found.append(match[0]) }
        }
        return found
    }

    /// `html` with outward links made plain (the `href` removed, the text kept), images
    /// that are not `data:` URIs replaced by their alt text, and `<link>` and external
    /// `<script src>` elements removed.
    public static func removingOutsideReferences(_ html: String) -> String {
        var result = replace(#"<link\b[^>]*>\n?"#, in: html) { _ in "" }
        result = replace(#"<script\b[^>]*\bsrc\s*=[^>]*>\s*</script>\n?"#, in: result) { _ in "" }
        result = replace(#"(<a\b[^>]*?)\s+(?:xlink:)?href\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)"#, in: result) { match in
            unquoted(match[2]).hasPrefix("#") ? match[0] : match[1]
        }
        result = replace(#"<img\b[^>]*>"#, in: result) { match in
            let tag = match[0]
            guard let src = firstMatch(#"\bsrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)"#, in: tag)?[1],
                !unquoted(src).hasPrefix("data:")
            else { return tag }
            let alt = firstMatch(#"\balt\s*=\s*"([^"]*)""#, in: tag)?[1] ?? ""
            return "<span class=\"image-placeholder\">\(alt)</span>"
        }
        return result
    }

    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else { return value }
        return String(value.dropFirst().dropLast())
    }

    /// Each match as its groups (group 0 the whole match; "" for a group that took no part).
    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { result in
            (0..<result.numberOfRanges).map { index in
                let range = result.range(at: index)
                return range.location == NSNotFound ? "" : ns.substring(with: range)
            }
        }
    }

    private static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        matches(pattern, in: text).first
    }

    private static func replace(_ pattern: String, in text: String, with transform: ([String]) -> String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let ns = text as NSString
        var result = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            result += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            let groups = (0..<match.numberOfRanges).map { index -> String in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : ns.substring(with: range)
            }
            result += transform(groups)
            last = match.range.location + match.range.length
        }
        return result + ns.substring(from: last)
    }
}
