import Testing

@testable import SiteContent

/// `PageLinks` must write exactly the links `SitePaths.href` writes.
@Suite struct PageLinksTests {
    @Test(arguments: ["", "guide/", "guide/setup/", "a/b/c/", "notes.html"])
    func matchesSitePaths(from: String) {
        for offline in [false, true] {
            let links = PageLinks(from: from, offline: offline)
            for target in ["", "guide/", "guide/setup/", "assets/site.css", "a/b/c/"] {
                #expect(links.href(to: target) == SitePaths.href(from: from, to: target, offline: offline), "\(from) → \(target)")
            }
            #expect(links.root == SitePaths.rootPrefix(from: from))
        }
    }
}
