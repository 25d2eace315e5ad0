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

/// A page's links use its URL percent-encoded once, kept beside the URL it encodes.
@Suite struct PageEncodedURLTests {
    private func page(at urlPath: String) -> Page {
        Page(
            sourcePath: "x.md", displayPath: "x.md", urlPath: urlPath, sectionPath: "", isSectionIndex: false,
            isGenerated: false, frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
    }

    @Test func encodesTheURLItWasMadeWith() {
        #expect(page(at: "guide/setup/").encodedURLPath == "guide/setup/")
        #expect(page(at: "tips/#1 tips?/").encodedURLPath == "tips/%231%20tips%3F/")
    }

    @Test func followsTheURLWhenItChanges() {
        var changed = page(at: "guide/")
        let copy = changed
        changed.urlPath = "50% off/"
        #expect(changed.encodedURLPath == "50%25%20off/")
        #expect(changed.encodedURLPath == SitePaths.percentEncodingPathBytes(changed.urlPath))
        // The copy made before keeps its own URL and encoding.
        #expect(copy.encodedURLPath == "guide/")
    }

    @Test func linksFromAPageMatchThoseMadeFromItsURL() {
        let target = page(at: "a b/c?d/")
        let links = PageLinks(from: "guide/setup/", offline: true)
        #expect(links.href(toEncoded: target.encodedURLPath) == links.href(to: target.urlPath))
    }
}
