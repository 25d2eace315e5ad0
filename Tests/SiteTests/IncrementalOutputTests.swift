import Diagnostics
import Foundation
import Testing

@testable import Site
@testable import SiteFiles

/// What a rebuild leaves for later (the search index for the preview server), which
/// checks it redoes, and the records it keeps instead of the site's bytes.
@Suite struct IncrementalOutputTests {
    func builtSite() throws -> (URL, SiteBuilder) {
        let site = try TestSupport.copySite("valid")
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        return (site, builder)
    }

    @Test func aDeferringRebuildLeavesTheSearchIndexForLater() throws {
        let (site, builder) = try builtSite()
        let index = site.appendingPathComponent("Public/search-index.js")
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nAlpha mentions quokkas.\n", to: page)

        let report = try builder.rebuildDeferringSearchIndex(changedPaths: [page])
        #expect(report.changedOutputs == ["guide/alpha/index.html"])
        #expect(!(try TestSupport.read(index).contains("quokka")))

        let deferred = try #require(try builder.writeDeferredOutputs())
        #expect(deferred.changedOutputs == ["search-index.js"])
        #expect(try TestSupport.read(index).contains("quokka"))
        // Nothing is left stale after that.
        #expect(try builder.writeDeferredOutputs() == nil)
    }

    @Test func aDeferredIndexMatchesTheOneAFullBuildWrites() throws {
        let (site, builder) = try builtSite()
        let page = site.appendingPathComponent("Content/guide/setup.md")
        try TestSupport.write("---\ntitle: Setup\nweight: 20\n---\n\n## Wombats\n\nWombat text.\n", to: page)
        _ = try builder.rebuildDeferringSearchIndex(changedPaths: [page])
        _ = try builder.writeDeferredOutputs()
        let incremental = TestSupport.snapshot(site.appendingPathComponent("Public"))
        let fresh = try TestSupport.temporaryFolder().appendingPathComponent("Public")
        var configuration = TestSupport.configuration(site)
        configuration.outputDirectory = fresh
        _ = try SiteBuilder(configuration: configuration).build()
        #expect(TestSupport.snapshot(fresh) == incremental)
    }

    @Test func aBrokenLinkAddedByAnEditIsWarnedAbout() throws {
        let (site, builder) = try builtSite()
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nSee [nowhere](missing.md).\n", to: page)
        let report = try builder.rebuild(changedPaths: [page])
        #expect(report.warnings.map(\.message) == ["link to a missing page `guide/missing.md`"])
        // Fixing it takes the warning away again.
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nSee [setup](setup.md).\n", to: page)
        #expect(try builder.rebuild(changedPaths: [page]).warnings.isEmpty)
    }

    @Test func removingAHeadingWarnsOnThePagesThatLinkToIt() throws {
        let (site, builder) = try builtSite()
        let linking = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nSee [details](setup.md#details).\n", to: linking)
        #expect(try builder.rebuild(changedPaths: [linking]).warnings.isEmpty)

        // Only setup.md is edited, but alpha.md's link into it broke.
        let target = site.appendingPathComponent("Content/guide/setup.md")
        try TestSupport.write("---\ntitle: Setup\nweight: 20\n---\n\n## First steps\n\nText.\n", to: target)
        let warnings = try builder.rebuild(changedPaths: [target]).warnings
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.path.hasSuffix("guide/alpha.md") == true)
        #expect(warnings.first?.message.contains("#details") == true)
    }

    @Test func theNotFoundPageFollowsATitleChange() throws {
        let (site, builder) = try builtSite()
        let page = site.appendingPathComponent("Content/guide/index.md")
        let text = try TestSupport.read(page)
        let retitled =
            text.contains("title:")
            ? text.replacingOccurrences(of: #"title: [^\n]*"#, with: "title: Handbook", options: .regularExpression)
            : "---\ntitle: Handbook\n---\n" + text
        try TestSupport.write(retitled, to: page)
        let report = try builder.rebuild(changedPaths: [page])
        #expect(report.changedOutputs.contains("404.html"))
        #expect(try TestSupport.read(site.appendingPathComponent("Public/404.html")).contains("Handbook"))
    }

    @Test func aBuilderThatLetsSourcesGoRebuildsInFull() throws {
        let site = try TestSupport.copySite("valid")
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        builder.keepsSourcesForRebuilds = false
        _ = try builder.build()
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nAlpha, edited.\n", to: page)
        // A new page appears too: re-rendering the others from dropped sources would empty them.
        try TestSupport.write("---\ntitle: Beta\n---\n\nBeta.\n", to: site.appendingPathComponent("Content/guide/beta.md"))
        let report = try builder.rebuild(changedPaths: [page, site.appendingPathComponent("Content/guide/beta.md")])
        #expect(report.pageCount == 9)
        #expect(try TestSupport.read(site.appendingPathComponent("Public/guide/alpha/index.html")).contains("Alpha, edited."))
        #expect(try TestSupport.read(site.appendingPathComponent("Public/guide/setup/index.html")).contains("First steps"))
    }

    @Test func digestsTellBytesApart() {
        let base = Data("<p>Same length</p>".utf8)
        var flipped = base
        flipped[3] ^= 1
        #expect(ContentDigest(base) == ContentDigest(Data("<p>Same length</p>".utf8)))
        #expect(ContentDigest(base) != ContentDigest(flipped))
        #expect(ContentDigest(base) != ContentDigest(base + Data([0])))
        // Every length around the 8-byte word boundary hashes its tail.
        let digests = (0..<20).map { ContentDigest(Data(repeating: 7, count: $0)) }
        #expect(Set(digests).count == 20)
        // Long outputs are hashed 32 bytes at a time in four lanes: a change in any byte
        // of any lane, or two lanes' words swapped, gives another digest.
        let long = Data((0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        var changed: Set<ContentDigest> = [ContentDigest(long)]
        for position in long.indices {
            var copy = long
            copy[position] ^= 0x10
            changed.insert(ContentDigest(copy))
        }
        #expect(changed.count == long.count + 1)
        var swapped = long
        swapped.replaceSubrange(0..<8, with: long[8..<16])
        swapped.replaceSubrange(8..<16, with: long[0..<8])
        #expect(ContentDigest(swapped) != ContentDigest(long))
    }

    /// The one file writer makes a new file, and rewrites an existing one in place cut to
    /// its new length: a shorter page leaves none of the old bytes behind.
    @Test func writingAFileMakesItOrRewritesItToLength() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("page.html").path
        try OutputWriter.writeFile(atPath: path, Data("a long first version".utf8))
        #expect(try TestSupport.read(URL(fileURLWithPath: path)) == "a long first version")
        try OutputWriter.writeFile(atPath: path, Data("short".utf8))
        #expect(try TestSupport.read(URL(fileURLWithPath: path)) == "short")
        try OutputWriter.writeFile(atPath: path, Data())
        #expect(try TestSupport.read(URL(fileURLWithPath: path)) == "")
        #expect(throws: (any Error).self) { try OutputWriter.writeFile(atPath: folder.path + "/missing/page.html", Data("x".utf8)) }
    }
}
