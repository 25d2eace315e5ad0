import OrgData
import OrgModel

extension FilePath {
    /// The path that leads from folder `base` to `target`, both resolved lexically from the
    /// same starting point (both relative to one folder, or both absolute):
    /// `relative(from: "C/reports/x", to: "C/archetypes/a.md")` is `../../archetypes/a.md`.
    static func relative(from base: String, to target: String) -> String {
        let from = base.isEmpty || base == "." ? [] : resolve(base, against: "").split(separator: "/")
        let to = resolve(target, against: "").split(separator: "/")
        var shared = 0
        while shared < from.count, shared < to.count, from[shared] == to[shared], from[shared] != ".." { shared += 1 }
        let up = Array(repeating: "..", count: from.count - shared)
        let down = to[shared...].map(String.init)
        let parts = up + down
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// True for links that point outside the content: a scheme (`https:`, `mailto:`), a
    /// site-absolute path or a fragment alone. These are never re-based.
    static func isExternalOrAnchor(_ link: String) -> Bool {
        if link.hasPrefix("#") || link.hasPrefix("/") { return true }
        guard let colon = link.firstIndex(of: ":") else { return false }
        let scheme = link[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
