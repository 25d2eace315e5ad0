import Foundation
import Hummingbird

/// Decides whether a conditional GET can be answered with `304 Not Modified`.
enum ConditionalRequest {
    /// `If-None-Match` wins when present (RFC 9110 §13.2.2); otherwise `If-Modified-Since`.
    static func isNotModified(_ headers: HTTPFields, entityTag: String, lastModified: Int) -> Bool {
        if let noneMatch = headers[.ifNoneMatch] {
            return matches(noneMatch, entityTag: entityTag)
        }
        if let since = headers[.ifModifiedSince], let sinceSeconds = HTTPDate.parse(since) {
            return lastModified <= sinceSeconds
        }
        return false
    }

    /// Weak comparison, as `If-None-Match` asks: `W/"x"` matches `"x"`.
    private static func matches(_ header: String, entityTag: String) -> Bool {
        for candidate in header.split(separator: ",") {
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            if tag == "\"\(entityTag)\"" { return true }
        }
        return false
    }
}
