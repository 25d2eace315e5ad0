/// Links from one page to others, as `SitePaths.href(from:to:offline:)` writes them, with
/// the page's `../` prefix worked out once: a page's context holds dozens of links.
public struct PageLinks: Sendable {
    /// `../` once per folder level of the page: the site root from the page.
    public let root: String
    /// Whether links are written for `file://` (`index.html` spelled out).
    public let offline: Bool

    /// Links written from the page at `urlPath`.
    public init(from urlPath: String, offline: Bool) {
        root = SitePaths.rootPrefix(from: urlPath)
        self.offline = offline
    }

    /// The relative link to the site-relative `target` (`guide/`, `assets/site.css`).
    public func href(to target: String) -> String {
        href(toEncoded: SitePaths.percentEncodingPathBytes(target))
    }

    /// The same for a `target` already percent-encoded (`SitePaths.percentEncodingPathBytes`):
    /// a nav entry's is encoded once, not on every page that links to it.
    public func href(toEncoded target: String) -> String {
        let href = offline && (target.isEmpty || target.hasSuffix("/")) ? root + target + "index.html" : root + target
        return href.isEmpty ? "./" : href
    }
}
