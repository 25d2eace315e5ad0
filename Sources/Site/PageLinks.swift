/// Links from one page to others, as `SitePaths.href(from:to:offline:)` writes them, with
/// the page's `../` prefix worked out once: a page's context holds dozens of links.
struct PageLinks: Sendable {
    /// `../` once per folder level of the page: the site root from the page.
    let root: String
    let offline: Bool

    init(from urlPath: String, offline: Bool) {
        root = SitePaths.rootPrefix(from: urlPath)
        self.offline = offline
    }

    /// The relative link to the site-relative `target` (`guide/`, `assets/site.css`).
    func href(to target: String) -> String {
        let target = SitePaths.percentEncodingPathBytes(target)
        let href = offline && (target.isEmpty || target.hasSuffix("/")) ? root + target + "index.html" : root + target
        return href.isEmpty ? "./" : href
    }
}
