import Diagnostics
import Diagrams
import Foundation
import OrgModel
import Testing
import YAML

@testable import Office
@testable import ReportModel

/// The brand in the deck: a template's master, layouts and theme; the brand font in the
/// theme; the logo on the title slide; and every way a template can be wrong, reported at
/// the `template:` line with nothing written.
@Suite struct BrandDeckTests {
    /// A fresh folder holding `files`, and a `brand:` read from `yaml` as if in its site.yaml.
    static func brand(_ yaml: String, files: [String: Data] = [:]) throws -> Brand {
        let folder = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        let node = try #require(try YAMLComposer.compose(yaml))
        return try Brand.read(node, path: folder.appendingPathComponent("site.yaml").path).brand
    }

    /// Where the brands' folders go: the deck reads their files after `brand` returns, so
    /// the whole folder is removed when the test process exits.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-brand-\(getpid())-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: BrandDeckTests.runFolder) }
        return url
    }()

    static func deck(_ brand: Brand) throws -> [String: String] {
        DeckPackageReader.entries(try ReportDeck.make(try ReportFilesTests.report("fernhill-rowe"), siteBrand: brand))
    }

    @Test func deckUsesTheTemplatesMasterLayoutsAndTheme() throws {
        let brand = try Self.brand(
            "font: Liberation Serif\ntemplate: deck.potx\n", files: ["deck.potx": try TemplateFixture.data()])
        let parts = try Self.deck(brand)
        // The template's master (with its shape) and both layouts; not its sample slide.
        #expect(parts["ppt/slideMasters/slideMaster1.xml"]?.contains("Master marker") == true)
        #expect(parts["ppt/slideLayouts/slideLayout2.xml"]?.contains("type=\"title\"") == true)
        #expect(!parts.values.contains { $0.contains("Template sample slide") })
        // Its master id, and a presentation (not a template) as the main part.
        #expect(parts["ppt/presentation.xml"]?.contains("<p:sldMasterId id=\"2147483700\" r:id=\"rId1\"/>") == true)
        #expect(parts["[Content_Types].xml"]?.contains("presentationml.presentation.main+xml") == true)
        #expect(parts["[Content_Types].xml"]?.contains("template.main") == false)
        // The title slide takes the title layout; the others the title-only one.
        #expect(parts["ppt/slides/_rels/slide1.xml.rels"]?.contains("Target=\"../slideLayouts/slideLayout2.xml\"") == true)
        #expect(parts["ppt/slides/_rels/slide2.xml.rels"]?.contains("Target=\"../slideLayouts/slideLayout1.xml\"") == true)
        // Titles fill the layouts' title placeholders, so they take the template's title style.
        #expect(parts["ppt/slides/slide1.xml"]?.contains("<p:ph type=\"ctrTitle\"/>") == true)
        #expect(parts["ppt/slides/slide1.xml"]?.contains("<p:ph type=\"subTitle\" idx=\"1\"/>") == true)
        #expect(parts["ppt/slides/slide2.xml"]?.contains("<p:ph type=\"title\"/>") == true)
        // The brand font replaces the theme's heading and body fonts.
        let theme = try #require(parts["ppt/theme/theme1.xml"])
        #expect(theme.contains("<a:majorFont><a:latin typeface=\"Liberation Serif\"/>"))
        #expect(theme.contains("<a:minorFont><a:latin typeface=\"Liberation Serif\"/>"))
        #expect(!theme.contains("Calibri"))
        // Same input, same bytes.
        let report = try ReportFilesTests.report("fernhill-rowe")
        #expect(try ReportDeck.make(report, siteBrand: brand) == ReportDeck.make(report, siteBrand: brand))
    }

    /// A report's template replaces the site's; a report without one keeps the site's.
    /// With a template and no `colors:`, the boxes and table headers take the template
    /// theme's accent 1; a brand primary still wins over it. (Harbourline's report names no
    /// colour of its own; Fernhill's would win over both.)
    @Test func drawnShapesTakeTheTemplatesAccentUnlessTheBrandNamesAColour() throws {
        let files = ["deck.potx": try TemplateFixture.data(accent1: "C00000")]
        func slides(_ yaml: String) throws -> String {
            let deck = try ReportDeck.make(try ReportFilesTests.report("harbourline-mutual"), siteBrand: try Self.brand(yaml, files: files))
            return DeckPackageReader.entries(deck).filter { $0.key.hasPrefix("ppt/slides/slide") }.map(\.value).joined()
        }
        let themed = try slides("template: deck.potx\n")
        #expect(themed.contains("<a:srgbClr val=\"C00000\"/>"))
        #expect(!themed.contains("<a:srgbClr val=\"1F5FA8\"/>"))
        let branded = try slides("template: deck.potx\ncolors: { primary: \"#1d4f91\" }\n")
        #expect(branded.contains("<a:srgbClr val=\"1D4F91\"/>"))
        #expect(!branded.contains("<a:srgbClr val=\"C00000\"/>"))
    }

    @Test func reportTemplateOverridesTheSites() throws {
        let site = try Self.brand("template: deck.potx\n", files: ["deck.potx": try TemplateFixture.data()])
        let client = try Self.brand("template: client.pptx\n", files: ["client.pptx": try TemplateFixture.data()])
        #expect(site.overridden(by: Brand()).template?.path.hasSuffix("deck.potx") == true)
        #expect(site.overridden(by: client).template?.path.hasSuffix("client.pptx") == true)
        #expect(!site.isEmpty)
    }

    @Test func brandFontIsTheThemeFontWithoutATemplate() throws {
        let parts = try Self.deck(try Self.brand("font: DejaVu Serif\n"))
        #expect(parts["ppt/theme/theme1.xml"]?.contains("<a:majorFont><a:latin typeface=\"DejaVu Serif\"/>") == true)
        // Titles and text follow the theme; unit boxes keep the font they were measured in.
        let slides = parts.filter { $0.key.hasPrefix("ppt/slides/slide") }.values.joined()
        #expect(slides.contains("<a:latin typeface=\"+mj-lt\"/>"))
        #expect(slides.contains("<a:latin typeface=\"+mn-lt\"/>"))
        #expect(slides.contains("<a:latin typeface=\"Liberation Sans\"/>"))
    }

    @Test func svgLogoOnTheTitleSlide() throws {
        let svg = Data(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 260 48"><rect width="260" height="48"/></svg>"#.utf8)
        let parts = try Self.deck(try Self.brand("logo: logo.svg\n", files: ["logo.svg": svg]))
        let slide = try #require(parts["ppt/slides/slide1.xml"])
        #expect(slide.contains("<p:pic>"))
        #expect(slide.contains("<a:blip r:embed=\"rId2\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"))
        #expect(slide.contains("<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"rId2\"/>"))
        // 260 × 48 fitted into 3.5 × 0.9 in: the full width, the height kept in proportion.
        #expect(slide.contains("<a:ext cx=\"3200400\" cy=\"590843\"/>"))
        #expect(parts["ppt/slides/_rels/slide1.xml.rels"]?.contains("Target=\"../media/orgbook-image1.svg\"") == true)
        #expect(parts["ppt/media/orgbook-image1.svg"] == String(decoding: svg, as: UTF8.self))
        #expect(parts["[Content_Types].xml"]?.contains("PartName=\"/ppt/media/orgbook-image1.svg\" ContentType=\"image/svg+xml\"") == true)
        // Only the title slide shows it.
        #expect(parts["ppt/slides/slide2.xml"]?.contains("<p:pic>") == false)
    }

    @Test func pngLogoAspectFromItsHeader() {
        var header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        header += [0, 0, 1, 44, 0, 0, 0, 100]  // 300 × 100
        let logo = BrandLogo(path: "logo.png", format: .png, bytes: Data(header + [0]))
        #expect(LogoAspect.of(logo) == 3)
    }

    /// Each way a template can be wrong: the message, and the `template:` key's line.
    @Test(
        arguments: [
            ("missing.potx", nil, "does not exist"),
            ("deck.key", "not a deck", "is not a .potx or .pptx file"),
            ("broken.potx", "just text", "is not a PowerPoint file"),
            ("masterless.potx", "masterless", "has no slide master"),
        ] as [(String, String?, String)])
    func badTemplateIsAnErrorAtItsLine(name: String, contents: String?, message: String) throws {
        var files: [String: Data] = [:]
        if let contents {
            files[name] = contents == "masterless" ? try TemplateFixture.data(withMaster: false) : Data(contents.utf8)
        }
        do {
            _ = try Self.brand("font: Liberation Sans\ntemplate: \(name)\n", files: files)
            Issue.record("expected an error for \(name)")
        } catch let error as DiagnosticError {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.message.contains(message))
            #expect(diagnostic.location?.path.hasSuffix("site.yaml") == true)
            #expect(diagnostic.location?.line == 2)
            #expect(diagnostic.hint?.isEmpty == false)
        }
    }

    @Test func masterWithoutLayoutsIsAnErrorWithTheFix() throws {
        let brand = try Self.brand("template: bare.potx\n", files: ["bare.potx": try TemplateFixture.data(withLayouts: false)])
        do {
            _ = try ReportDeck.make(try ReportFilesTests.report("fernhill-rowe"), siteBrand: brand)
            Issue.record("expected an error")
        } catch let error as Diagnostic {
            #expect(error.message.contains("without slide layouts"))
            #expect(error.location?.line == 1)
            #expect(error.hint?.contains("Title Only") == true)
        }
    }

    @Test func fourByThreeTemplateIsAnErrorWithTheFix() throws {
        let brand = try Self.brand("template: old.potx\n", files: ["old.potx": try TemplateFixture.data(width: 9_144_000)])
        do {
            _ = try ReportDeck.make(try ReportFilesTests.report("fernhill-rowe"), siteBrand: brand)
            Issue.record("expected an error")
        } catch let error as Diagnostic {
            #expect(error.message.contains("10.00 × 7.50 in slides, not 16:9"))
            #expect(error.location?.line == 1)
            #expect(error.hint?.contains("Widescreen") == true)
        }
    }
}
