import Foundation
import SiteContent
import Testing

@testable import Site

@Suite struct SitePathsTests {
    @Test func prettyURLsForPagesAndSections() {
        #expect(Page.urlPath(forSource: "index.md") == ("", true))
        #expect(Page.urlPath(forSource: "guide/index.md") == ("guide/", true))
        #expect(Page.urlPath(forSource: "guide/_index.md") == ("guide/", true))
        #expect(Page.urlPath(forSource: "guide/setup.md") == ("guide/setup/", false))
        #expect(Page.urlPath(forSource: "top.md") == ("top/", false))
    }

    @Test func linksAreRelativeToThePageDepth() {
        #expect(SitePaths.href(from: "", to: "", offline: false) == "./")
        #expect(SitePaths.href(from: "", to: "guide/", offline: false) == "guide/")
        #expect(SitePaths.href(from: "guide/setup/", to: "", offline: false) == "../../")
        #expect(SitePaths.href(from: "guide/setup/", to: "assets/site.css", offline: false) == "../../assets/site.css")
    }

    @Test func fragmentsFollowTheWholeLink() {
        #expect(SitePaths.href(from: "", to: "", offline: false, suffix: "#top") == "./#top")
        #expect(SitePaths.href(from: "a//b/", to: "c/", offline: false, suffix: "#x") == "../../c/#x")
        #expect(SitePaths.href(from: "a/", to: "", offline: true, suffix: "#x") == "../index.html#x")
    }

    @Test func offlineLinksNameIndexHTML() {
        #expect(SitePaths.href(from: "", to: "", offline: true) == "index.html")
        #expect(SitePaths.href(from: "a/", to: "b/", offline: true) == "../b/index.html")
        #expect(SitePaths.href(from: "a/", to: "b/x.png", offline: true) == "../b/x.png")
    }

    @Test func normalizeResolvesDotsAndRefusesToClimbOut() {
        #expect(SitePaths.normalize("../b/c.md", in: "a") == "b/c.md")
        #expect(SitePaths.normalize("./c.md", in: "a") == "a/c.md")
        #expect(SitePaths.normalize("../../c.md", in: "a") == nil)
    }

    @Test func normalizeKeepsTheFolderAndSkipsEmptySegments() {
        #expect(SitePaths.normalize("c.md", in: "") == "c.md")
        #expect(SitePaths.normalize("x//y/./z.md", in: "a/b") == "a/b/x/y/z.md")
        #expect(SitePaths.normalize("../../c.md", in: "a/b") == "c.md")
        #expect(SitePaths.normalize("..", in: "a") == "")
        #expect(SitePaths.normalize("é/ü.md", in: "ö") == "ö/é/ü.md")
    }

    @Test func fragmentsAndQueriesAreSplitOff() {
        #expect(SitePaths.splitFragment("a.md") == ("a.md", nil))
        #expect(SitePaths.splitFragment("a.md#b") == ("a.md", "b"))
        #expect(SitePaths.splitFragment("a.md?x=1#b?c") == ("a.md", "b?c"))
        #expect(SitePaths.splitFragment("#top") == ("", "top"))
        #expect(SitePaths.splitFragment("a%20b.md#c%20d") == ("a b.md", "c%20d"))
        #expect(SitePaths.splitFragment("é.md#ü") == ("é.md", "ü"))
        #expect(SitePaths.splitFragment("a.md#") == ("a.md", ""))
    }

    @Test func externalDestinations() {
        #expect(SitePaths.isExternal("https://x.org"))
        #expect(SitePaths.isExternal("mailto:a@b.c"))
        #expect(SitePaths.isExternal("/abs"))
        #expect(!SitePaths.isExternal("guide/setup.md"))
        #expect(!SitePaths.isExternal("a.md#b:c"))
    }

    @Test func linkTargetsRewriteMarkdownLinksWithFragments() {
        var targets = LinkTargets()
        targets.pageURLs = ["guide/setup.md": "guide/setup/", "guide/index.md": "guide/", "index.md": ""]
        targets.folderPages = ["guide": "guide/index.md", "": "index.md"]
        targets.files = ["guide/chart.csv"]
        #expect(
            targets.rewrite("setup.md#first-steps", fromSourceDirectory: "guide", fromURLPath: "guide/") == "../guide/setup/#first-steps")
        #expect(targets.rewrite("../index.md", fromSourceDirectory: "guide", fromURLPath: "guide/setup/") == "../../")
        #expect(targets.rewrite("chart.csv", fromSourceDirectory: "guide", fromURLPath: "guide/setup/") == "../../guide/chart.csv")
        #expect(targets.rewrite("guide/", fromSourceDirectory: "", fromURLPath: "") == "guide/")
        #expect(targets.rewrite("missing.md", fromSourceDirectory: "guide", fromURLPath: "guide/") == nil)
        #expect(targets.rewrite("https://x.org/a.md", fromSourceDirectory: "", fromURLPath: "") == nil)
        #expect(targets.rewrite("#top", fromSourceDirectory: "", fromURLPath: "") == nil)
        targets.offline = true
        #expect(targets.rewrite("setup.md", fromSourceDirectory: "guide", fromURLPath: "guide/") == "../guide/setup/index.html")
    }
}

/// Page names with URL-special characters link to themselves.
@Suite struct PathEncodingTests {
    @Test func specialBytesArePercentEncodedAndOthersKept() {
        #expect(SitePaths.percentEncodingPathBytes("guide/setup/") == "guide/setup/")
        #expect(SitePaths.percentEncodingPathBytes("guide/#1 tips?/") == "guide/%231%20tips%3F/")
        #expect(SitePaths.percentEncodingPathBytes("%2e%2e/") == "%252e%252e/")
        #expect(SitePaths.percentEncodingPathBytes("café/") == "café/")
        #expect(SitePaths.href(from: "guide/a/", to: "guide/#x/", offline: true) == "../../guide/%23x/index.html")
    }

    @Test func aPageNamedWithAHashAndQuestionMarkIsLinkedEncoded() throws {
        let site = try TestSupport.makeSite([
            "index.md": "# Home\n", "guide/#1 tips?.md": "# Tips\n", "guide/%2e%2e.md": "# Dots\n",
            "site.yaml": "baseURL: https://example.com/\n",
        ])
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let section = try TestSupport.read(site.appendingPathComponent("Public/guide/index.html"))
        #expect(section.contains("href=\"../guide/%231-tips%3F/\""))
        #expect(section.contains("href=\"../guide/%252e%252e/\""))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/guide/#1-tips?/index.html").path))
        let sitemap = try TestSupport.read(site.appendingPathComponent("Public/sitemap.xml"))
        #expect(sitemap.contains("https://example.com/guide/%231-tips%3F/"))
    }
}
