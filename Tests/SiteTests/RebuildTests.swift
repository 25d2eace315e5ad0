import Diagnostics
import Foundation
import Testing

@testable import Site

@Suite struct RebuildTests {
    func builtSite() throws -> (URL, SiteBuilder) {
        let site = try TestSupport.copySite("valid")
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        return (site, builder)
    }

    @Test func aBodyEditRewritesOnlyThatPage() throws {
        let (site, builder) = try builtSite()
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nAlpha, edited.\n", to: page)
        let report = try builder.rebuild(changedPaths: [page])
        // The page and the search index, whose text for that page changed.
        #expect(report.changedOutputs == ["guide/alpha/index.html", "search-index.js"])
        #expect(try TestSupport.read(site.appendingPathComponent("Public/guide/alpha/index.html")).contains("Alpha, edited."))
    }

    @Test func aTitleEditReachesEveryPageThatShowsIt() throws {
        let (site, builder) = try builtSite()
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Aardvark\nweight: 20\n---\n\nBody.\n", to: page)
        let report = try builder.rebuild(changedPaths: [page])
        #expect(report.changedOutputs.contains("guide/setup/index.html"))
        #expect(try TestSupport.read(site.appendingPathComponent("Public/guide/setup/index.html")).contains(">Aardvark</a>"))
    }

    @Test func aTemplateEditRerendersAllPages() throws {
        let (site, builder) = try builtSite()
        let template = site.appendingPathComponent("Templates/page.mustache")
        try TestSupport.write(try TestSupport.read(template).replacingOccurrences(of: "<main>", with: "<main class=\"v2\">"), to: template)
        let report = try builder.rebuild(changedPaths: [template])
        #expect(report.changedOutputs.filter { $0.hasSuffix("index.html") }.count == 8)
        #expect(try TestSupport.read(site.appendingPathComponent("Public/bare/loose/index.html")).contains("<main class=\"v2\">"))
    }

    @Test func anAssetEditIsCopied() throws {
        let (site, builder) = try builtSite()
        let asset = site.appendingPathComponent("Templates/assets/site.css")
        try TestSupport.write("body { margin: 1rem }\n", to: asset)
        let report = try builder.rebuild(changedPaths: [asset])
        #expect(report.changedOutputs == ["assets/site.css"])
        #expect(try TestSupport.read(site.appendingPathComponent("Public/assets/site.css")) == "body { margin: 1rem }\n")
    }

    @Test func aNewPageAppearsAndADeletedOneGoes() throws {
        let (site, builder) = try builtSite()
        let added = site.appendingPathComponent("Content/guide/beta.md")
        try TestSupport.write("---\ntitle: Beta\nweight: 20\n---\nBeta.\n", to: added)
        var report = try builder.rebuild(changedPaths: [added])
        #expect(report.pageCount == 9)
        #expect(report.changedOutputs.contains("guide/beta/index.html"))
        #expect(try TestSupport.read(site.appendingPathComponent("Public/guide/alpha/index.html")).contains(">Beta</a>"))
        let removed = site.appendingPathComponent("Content/bare/loose.md")
        try FileManager.default.removeItem(at: removed)
        report = try builder.rebuild(changedPaths: [removed])
        #expect(report.pageCount == 7)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/bare").path))
    }

    @Test func aDeletedFolderTakesItsPagesAlong() throws {
        let (site, builder) = try builtSite()
        let folder = site.appendingPathComponent("Content/guide/deep")
        try FileManager.default.removeItem(at: folder)
        let report = try builder.rebuild(changedPaths: [folder])
        #expect(report.pageCount == 7)
        #expect(report.changedOutputs.contains("guide/deep/index.html"))
        #expect(!(try TestSupport.read(site.appendingPathComponent("Public/guide/index.html")).contains("Deep section")))
    }

    @Test func changesInTheOutputAndHiddenFilesAreIgnored() throws {
        let (site, builder) = try builtSite()
        let report = try builder.rebuild(changedPaths: [
            site.appendingPathComponent("Public/index.html"),
            site.appendingPathComponent("Content/guide/.alpha.md.swp"),
            site.appendingPathComponent(".Public.staging/index.html"),
        ])
        #expect(report.filesWritten == 0)
        #expect(report.changedOutputs.isEmpty)
    }

    @Test func aBundleFileEditIsCopied() throws {
        let (site, builder) = try builtSite()
        let file = site.appendingPathComponent("Content/guide/logo.svg")
        try TestSupport.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: file)
        let report = try builder.rebuild(changedPaths: [file])
        #expect(report.changedOutputs == ["guide/logo.svg"])
    }

    /// Org data holds personal data: a data file is read, never published.
    @Test func aDataFileEditIsNotCopied() throws {
        let (site, builder) = try builtSite()
        let file = site.appendingPathComponent("Content/guide/chart.csv")
        try TestSupport.write("id,name,parent\nceo,Chief,\n", to: file)
        let report = try builder.rebuild(changedPaths: [file])
        #expect(report.changedOutputs.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/guide/chart.csv").path))
    }

    @Test func aPageTurnedDraftIsRemoved() throws {
        let (site, builder) = try builtSite()
        let page = site.appendingPathComponent("Content/guide/zeta.md")
        try TestSupport.write("---\ndraft: true\n---\nZeta.\n", to: page)
        let report = try builder.rebuild(changedPaths: [page])
        #expect(report.pageCount == 7)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/guide/zeta/index.html").path))
    }

    @Test func aFailedRebuildKeepsTheOutputAndTheNextEditRecovers() throws {
        let (site, builder) = try builtSite()
        let before = TestSupport.snapshot(site.appendingPathComponent("Public"))
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: [broken\n---\n", to: page)
        let diagnostics = TestSupport.diagnostics { _ = try builder.rebuild(changedPaths: [page]) }
        #expect(diagnostics.count == 1)
        #expect(TestSupport.snapshot(site.appendingPathComponent("Public")) == before)
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\nFixed.\n", to: page)
        let report = try builder.rebuild(changedPaths: [page])
        // The page and the search index, whose text for that page changed.
        #expect(report.changedOutputs == ["guide/alpha/index.html", "search-index.js"])
    }

    @Test func settingsChangeRebuildsEverything() throws {
        let (site, builder) = try builtSite()
        let settings = site.appendingPathComponent("Content/site.yaml")
        try TestSupport.write("title: Renamed\nbaseURL: https://fixture.example.com/docs\n", to: settings)
        let report = try builder.rebuild(changedPaths: [settings])
        #expect(report.changedOutputs.contains("guide/setup/index.html"))
        #expect(try TestSupport.read(site.appendingPathComponent("Public/index.html")).contains("Renamed"))
    }

    @Test func rebuildGivesTheSameBytesAsAFullBuild() throws {
        let (site, builder) = try builtSite()
        let page = site.appendingPathComponent("Content/guide/setup.md")
        try TestSupport.write("---\ntitle: Setting up\nweight: 1\n---\n\nNew text.\n", to: page)
        _ = try builder.rebuild(changedPaths: [page])
        let incremental = TestSupport.snapshot(site.appendingPathComponent("Public"))
        let fresh = try TestSupport.temporaryFolder()
        var configuration = TestSupport.configuration(site)
        configuration.outputDirectory = fresh.appendingPathComponent("Public")
        _ = try SiteBuilder(configuration: configuration).build()
        #expect(TestSupport.snapshot(fresh.appendingPathComponent("Public")) == incremental)
    }
}
