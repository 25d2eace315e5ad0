import Foundation
import Testing

@testable import Site

/// The fixture site's output compared byte for byte with `Fixtures/golden/`. Pages whose
/// Markdown is plain paragraphs are compared, so the goldens hold whatever the Markdown
/// renderer adds to headings and links. Set ORGBOOK_UPDATE_GOLDEN=1 to rewrite them.
@Suite struct GoldenTests {
    static let files = [
        "guide/alpha/index.html", "guide/zeta/index.html", "bare/index.html", "bare/loose/index.html",
        "404.html", "sitemap.xml",
    ]

    @Test(arguments: files)
    func outputMatchesGolden(_ path: String) throws {
        let site = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let actual = try TestSupport.read(site.appendingPathComponent("Public").appendingPathComponent(path))
        let golden = TestSupport.fixtures.appendingPathComponent("golden").appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["ORGBOOK_UPDATE_GOLDEN"] == "1" {
            try TestSupport.write(actual, to: golden)
        }
        #expect(actual == (try TestSupport.read(golden)))
    }
}
