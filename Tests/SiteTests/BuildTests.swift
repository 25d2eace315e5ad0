import Diagnostics
import Foundation
import SiteContent
import Testing

@testable import Site
@testable import SiteFiles

@Suite struct BuildTests {
    @Test func buildsEveryPageWithPrettyURLsAndCopiesFiles() throws {
        let site = try TestSupport.copySite("valid")
        let report = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(report.pageCount == 8)
        let files = Set(TestSupport.snapshot(site.appendingPathComponent("Public")).keys)
        #expect(
            files == [
                "index.html", "404.html", "sitemap.xml", "search-index.js", "assets/site.css",
                "guide/index.html", "guide/alpha/index.html", "guide/setup/index.html", "guide/zeta/index.html",
                "guide/deep/index.html", "guide/logo.svg",
                "bare/index.html", "bare/loose/index.html", ".orgbook-output",
            ])
    }

    @Test func navigationIsOrderedByWeightThenTitle() throws {
        let site = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let html = try TestSupport.read(site.appendingPathComponent("Public/guide/setup/index.html"))
        let order = ["Deep section", "Alpha", "Setup", "Zeta"].map { html.range(of: ">\($0)</a>")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(html.contains("<a rel=\"prev\" href=\"../../guide/alpha/\">Alpha</a>"))
        #expect(html.contains("<a rel=\"next\" href=\"../../guide/zeta/\">Zeta</a>"))
        #expect(html.contains("<ol class=\"crumbs\"><li><a href=\"../../\">Home</a></li><li><a href=\"../../guide/\">Guide</a></li>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"../../assets/site.css\">"))
        #expect(html.contains("<p class=\"owner\">CX CoE</p>"))
        #expect(html.contains("<footer>Test team</footer>"))
    }

    @Test func offlineLinksNameIndexHTML() throws {
        let site = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(site, offline: true)).build()
        let html = try TestSupport.read(site.appendingPathComponent("Public/guide/setup/index.html"))
        #expect(html.contains("href=\"../../guide/alpha/index.html\""))
        #expect(html.contains("<a href=\"../../index.html\">Fixture Playbook</a>"))
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/guide/draft/index.html").path))
        let report = try SiteBuilder(configuration: TestSupport.configuration(site, drafts: true)).build()
        #expect(report.pageCount == 9)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/guide/draft/index.html").path))
    }

    @Test func twoBuildsAreByteIdenticalAndTheSecondWritesNothing() throws {
        let site = try TestSupport.copySite("valid")
        let first = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let before = TestSupport.snapshot(site.appendingPathComponent("Public"))
        let page = site.appendingPathComponent("Public/guide/setup/index.html").path
        let date = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        let second = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(first.filesWritten == 13)
        #expect(second.filesWritten == 0)
        #expect(second.changedOutputs.isEmpty)
        #expect(TestSupport.snapshot(site.appendingPathComponent("Public")) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date == date)
        let other = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(other)).build()
        #expect(TestSupport.snapshot(other.appendingPathComponent("Public")) == before)
    }

    @Test func staleFilesAreRemovedAndHiddenTopLevelFilesKept() throws {
        let site = try TestSupport.copySite("valid")
        let output = site.appendingPathComponent("Public")
        try TestSupport.write("", to: output.appendingPathComponent(".gitkeep"))
        // An earlier build's output: its marker says Orgbook wrote it.
        try OutputOwnership.markerText.write(to: output.appendingPathComponent(OutputOwnership.markerName))
        try TestSupport.write("old", to: output.appendingPathComponent("old/page/index.html"))
        let report = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old/page/index.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path))
        #expect(report.changedOutputs.contains("old/page/index.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Public") }
        #expect(leftovers.isEmpty)
    }

    @Test func sitemapAndNotFoundPageUseTheBaseURL() throws {
        let site = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let sitemap = try TestSupport.read(site.appendingPathComponent("Public/sitemap.xml"))
        #expect(sitemap.contains("<loc>https://fixture.example.com/docs/guide/setup/</loc>"))
        #expect(!sitemap.contains("draft"))
        let notFound = try TestSupport.read(site.appendingPathComponent("Public/404.html"))
        #expect(notFound.contains("<base href=\"https://fixture.example.com/docs/\">"))
        #expect(notFound.contains("Page not found"))
    }

    @Test func emptyAndHugeFilesBuild() throws {
        let huge = String(repeating: "A paragraph of playbook text that goes on for a while.\n\n", count: 10 * 1024 * 1024 / 56 + 1)
        let site = try TestSupport.makeSite(["index.md": "", "empty.md": "", "huge.md": huge, "blank/index.md": "---\n---\n"])
        let report = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(report.pageCount == 4)
        let page = try TestSupport.read(site.appendingPathComponent("Public/huge/index.html"))
        #expect(page.utf8.count > 10_000_000)
    }

    @Test func aFolderWithoutIndexGetsAListingPage() throws {
        let site = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let html = try TestSupport.read(site.appendingPathComponent("Public/bare/index.html"))
        #expect(html.contains("<ul class=\"pages\"><li><a href=\"../bare/loose/\">Loose page</a></li></ul>"))
    }

    @Test func theBundledTemplatesRenderTheFixtureContent() throws {
        let site = try TestSupport.copySite("valid")
        var configuration = TestSupport.configuration(site)
        configuration.templatesDirectory = TestSupport.packageRoot.appendingPathComponent("Templates")
        _ = try SiteBuilder(configuration: configuration).build()
        let html = try TestSupport.read(site.appendingPathComponent("Public/guide/setup/index.html"))
        #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
        #expect(html.contains("<main id=\"main\""))
        #expect(html.contains("aria-current=\"page\">Setup</a>"))
        #expect(html.contains("href=\"../../assets/css/diagrams.css\""))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/assets/css/site.css").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/assets/css/print.css").path))
    }
}
