import Diagnostics
import Foundation
import SiteContent
import Testing

@testable import Rendering
@testable import Reports
@testable import Site

/// `brand:` in site.yaml reaches every page, and the report export lays the client's
/// overrides over it.
@Suite struct BrandSiteTests {
    static let logo = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#

    @Test func siteBrandReachesEveryPage() throws {
        let site = try TestSupport.makeSite([
            "site.yaml":
                "title: T\nbrand:\n  logo: logo.svg\n  colors: { primary: \"#1d4f91\" }\n  font: Liberation Sans\n  confidentiality: Internal only\n",
            "logo.svg": Self.logo,
            "index.md": "# Home\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let settings = try SiteSettings.load(contentDirectory: site.appendingPathComponent("Content"))
        #expect(settings.brand.colors[.primary]?.description == "#1d4f91")
        #expect(
            settings.brand.styleSheet() == #":root { --brand-primary: #1d4f91; --brand-font: "Liberation Sans", system-ui, sans-serif; }"#)
        #expect(settings.brand.logo?.format == .svg)
        #expect(settings.brand.confidentiality == "Internal only")
    }

    /// Every page carries the logo inline: in `serve`, replacing the logo file alone
    /// rebuilds the site, so the pages show the new one.
    @Test func anEditToTheLogoAloneReachesThePages() throws {
        let site = try TestSupport.makeSite([
            "site.yaml": "title: T\nbrand:\n  logo: logo.svg\n", "logo.svg": Self.logo, "index.md": "# Home\n",
        ])
        let builder = TestSupport.builder(site, templates: ReportRepository.templates)
        _ = try builder.build()
        let page = site.appendingPathComponent("Public/index.html")
        let before = try TestSupport.read(page)
        let logo = site.appendingPathComponent("Content/logo.svg")
        try TestSupport.write(Self.logo.replacingOccurrences(of: "<rect", with: "<circle r=\"5\"/><rect"), to: logo)
        _ = try builder.rebuild(changedPaths: [logo])
        let after = try TestSupport.read(page)
        #expect(before.contains(#"<img class="site-logo" src="data:image/svg+xml;base64,"#))
        #expect(after != before && after.contains(#"<img class="site-logo" src="data:image/svg+xml;base64,"#))
    }

    @Test func badSiteBrandIsAnErrorAtItsLine() throws {
        let site = try TestSupport.makeSite([
            "site.yaml": "title: T\nbrand:\n  logo: missing.png\n",
            "index.md": "# Home\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try TestSupport.run(["build", "--content", "Content", "--templates", "Templates"], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("site.yaml:3:3: error: the logo 'missing.png' does not exist"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/index.html").path))
    }

    @Test func shippedTemplatesShowTheBrand() throws {
        let export = try ReportExporter.export(
            bundle: ReportRepository.sample("harbourline-mutual"),
            templatesDirectory: ReportRepository.templates)
        #expect(export.html.contains(#"<img class="report-logo" src="data:image/svg+xml;base64,"#))
        #expect(export.html.contains("--brand-primary: #1d4f91"))
        // The client's line replaces the consultancy's, on the cover and every page.
        #expect(export.html.contains(#"<p class="report-confidentiality">Confidential — Harbourline Mutual board"#))
        #expect(export.html.contains(#"@bottom-left { content: "Confidential — Harbourline Mutual board"#))
        #expect(!export.html.contains(#"class="contents-page""#))
    }

    @Test func contentsCarryPageNumbersWhenGiven() throws {
        let draft = try ReportExporter.export(
            bundle: ReportRepository.sample("fernhill-rowe"),
            templatesDirectory: ReportRepository.templates, pageNumbers: [:])
        #expect(draft.html.contains(##"<a href="#report-summary">Summary</a> <span class="contents-page">00</span>"##))
        let final = try ReportExporter.export(
            bundle: ReportRepository.sample("fernhill-rowe"),
            templatesDirectory: ReportRepository.templates, pageNumbers: ["report-summary": 3])
        #expect(final.html.contains(##"<a href="#report-summary">Summary</a> <span class="contents-page">3</span>"##))
        #expect(draft.contents.first == ReportExporter.ContentsEntry(id: "report-summary", title: "Summary"))
    }
}
