import Diagnostics
import Foundation
import Testing

@testable import ReportModel
@testable import Reports
@testable import Site

/// `brand: font:` naming a `.ttf`: the site fetches it once from where it publishes it,
/// the export carries it whole, diagrams are measured and drawn in it, and a bad file
/// stops the build at its line.
@Suite struct BrandFontSiteTests {
    static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    static var installed: Bool { FileManager.default.fileExists(atPath: dejaVu) }
    static let chart =
        "```orgchart\ntitle: T\nunits:\n  - id: a\n    name: Customer Experience Director\n  - id: b\n    name: Head of Claims\n    parent: a\n```\n"

    /// Copies the font at `source` to `destination`, making its folder.
    static func copyFont(_ source: String, to destination: URL) throws {
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: destination.path)
    }

    /// `orgbook build` of `site` with the shipped templates.
    static func build(_ site: URL) throws -> TestSupport.ProcessResult {
        try TestSupport.run(
            ["build", "--content", "Content", "--templates", ReportRepository.templates.path, "--output", "Public"], in: site)
    }

    @Test(.enabled(if: installed)) func theSitePublishesTheFontAndDrawsDiagramsInIt() throws {
        let site = try TestSupport.makeSite([
            "site.yaml": "title: T\nbrand:\n  font: fonts/DejaVuSans.ttf\n",
            "guide/index.md": "# Guide\n\n" + Self.chart,
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        try Self.copyFont(Self.dejaVu, to: site.appendingPathComponent("Content/fonts/DejaVuSans.ttf"))
        let result = try Self.build(site)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try TestSupport.read(site.appendingPathComponent("Public/guide/index.html"))
        #expect(page.contains(#"@font-face { font-family: "DejaVuSans"; src: url("../fonts/DejaVuSans.ttf") format("truetype"); }"#))
        #expect(!page.contains("data:font/ttf"))
        #expect(page.contains(".orgbook-diagram { font-family: 'DejaVuSans', 'Liberation Sans'"))
        #expect(page.contains("font-family=\"&#39;DejaVuSans&#39;"))
        #expect(
            FileManager.default.contentsEqual(atPath: site.appendingPathComponent("Public/fonts/DejaVuSans.ttf").path, andPath: Self.dejaVu)
        )
    }

    /// A font named from outside the content folder is published once under
    /// `assets/brand/` and fetched by every page, not carried inline in each.
    @Test(.enabled(if: installed)) func aFontFromOutsideTheContentIsPublishedOnce() throws {
        let site = try TestSupport.makeSite([
            "site.yaml": "title: T\nbrand:\n  font: ../fonts/DejaVuSans.ttf\n",
            "index.md": "# Home\n", "guide/index.md": "# Guide\n\n" + Self.chart,
        ])
        try Self.copyFont(Self.dejaVu, to: site.appendingPathComponent("fonts/DejaVuSans.ttf"))
        let result = try Self.build(site)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try TestSupport.read(site.appendingPathComponent("Public/guide/index.html"))
        #expect(page.contains(#"src: url("../assets/brand/DejaVuSans.ttf") format("truetype")"#))
        #expect(!page.contains("data:font/ttf"))
        #expect(page.utf8.count < 200_000)
        #expect(
            FileManager.default.contentsEqual(
                atPath: site.appendingPathComponent("Public/assets/brand/DejaVuSans.ttf").path, andPath: Self.dejaVu))
    }

    /// In `serve`, replacing the font file alone (same name, other glyphs) rebuilds the
    /// site: diagrams are measured again in the new font and the page links the new file.
    @Test(.enabled(if: installed)) func anEditToTheFontAloneRedrawsTheDiagrams() throws {
        let site = try TestSupport.makeSite([
            "site.yaml": "title: T\nbrand:\n  font: fonts/Brand.ttf\n",
            "guide/index.md": "# Guide\n\n" + Self.chart,
        ])
        let font = site.appendingPathComponent("Content/fonts/Brand.ttf")
        try Self.copyFont(Self.dejaVu, to: font)
        let builder = TestSupport.builder(site, templates: ReportRepository.templates)
        _ = try builder.build()
        let page = site.appendingPathComponent("Public/guide/index.html")
        let before = try TestSupport.read(page)
        try FileManager.default.removeItem(at: font)
        try Self.copyFont("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", to: font)
        _ = try builder.rebuild(changedPaths: [font])
        let after = try TestSupport.read(page)
        // The monospaced font's wider letters make wider boxes: the drawing changed.
        #expect(after != before)
        #expect(
            FileManager.default.contentsEqual(
                atPath: site.appendingPathComponent("Public/fonts/Brand.ttf").path,
                andPath: "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
    }

    @Test(.enabled(if: installed)) func theExportCarriesTheFontWhole() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The whole sample content, for the report's links to the playbook and data.
        try FileManager.default.copyItem(
            at: ReportRepository.root.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        let bundle = folder.appendingPathComponent("Content/reports/fernhill-rowe")
        try FileManager.default.copyItem(atPath: Self.dejaVu, toPath: bundle.appendingPathComponent("DejaVuSans.ttf").path)
        let report = bundle.appendingPathComponent("report.yaml")
        var text = try TestSupport.read(report)
        text = text.replacingOccurrences(of: "\nbrand:\n", with: "\nbrand:\n  font: DejaVuSans.ttf\n")
        #expect(text.contains("font: DejaVuSans.ttf"))
        try TestSupport.write(text, to: report)
        let export = try ReportExporter.export(bundle: bundle.path, templatesDirectory: ReportRepository.templates)
        #expect(export.html.contains(#"@font-face { font-family: "DejaVuSans"; src: url("data:font/ttf;base64,AAEAAA"#))
        #expect(export.html.contains("--brand-font: \"DejaVuSans\""))
        // Every chart, from report.yaml and from fences alike, is measured and drawn in it.
        #expect(export.html.contains("font-family=\"&#39;DejaVuSans&#39;"))
        #expect(!export.html.contains("font-family=\"&#39;Liberation Sans"))
    }

    @Test func aBadFontStopsTheBuildAtItsLine() throws {
        let site = try TestSupport.makeSite([
            "site.yaml": "title: T\nbrand:\n  font: Brand.ttf\n",
            "Brand.ttf": "<!doctype html> a web page saved under a font's name",
            "index.md": "# Home\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try TestSupport.run(["build", "--content", "Content", "--templates", "Templates"], in: site)
        #expect(result.status != 0)
        #expect(
            result.stderr.contains("site.yaml:3:9: error: the font 'Brand.ttf' is not a TrueType font Orgbook can read"),
            "\(result.stderr)")
        #expect(result.stderr.contains("name a TrueType .ttf file"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path))
    }
}
