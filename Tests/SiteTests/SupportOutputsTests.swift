import Foundation
import Testing

@testable import Site

/// The site-wide files a build plans are the files it writes: links and collisions are
/// checked against the plan before anything is made.
@Suite struct SupportOutputsTests {
    @Test func thePlannedPathsAreTheFilesWritten() throws {
        let site = try TestSupport.makeSite([
            "site.yaml": "title: Plan\nbaseURL: https://example.org/\n",
            "index.md": "# Home\n\n![logo](logo.png) and [the sheet](guide.pdf)\n",
            "logo.png": "png",
            "guide.pdf": "pdf",
        ])
        let builder = try SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        let state = try #require(builder.state)
        let planned = builder.pipeline.supportOutputs(of: state).paths
        let pages = Set(state.pages.values.map(\.outputPath))
        #expect(planned.contains("sitemap.xml") && planned.contains("logo.png") && planned.contains("guide.pdf"))
        #expect(planned.contains { $0.hasPrefix("assets/") })
        #expect(Set(state.outputs.keys) == pages.union(planned))
        let written = Set(TestSupport.snapshot(site.appendingPathComponent("Public")).keys)
        #expect(planned.isSubset(of: written))
    }

    @Test func noBaseURLPlansNoSitemap() throws {
        let site = try TestSupport.makeSite(["index.md": "# Home\n"])
        let builder = try SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        let state = try #require(builder.state)
        #expect(!builder.pipeline.supportOutputs(of: state).paths.contains("sitemap.xml"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/sitemap.xml").path))
    }
}
