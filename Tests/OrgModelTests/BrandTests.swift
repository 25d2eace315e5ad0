import Diagnostics
import Foundation
import Testing

@testable import OrgData
@testable import OrgModel
@testable import ReportModel

/// `brand:` in report.yaml: what it reads, and one test per way it can be wrong, each
/// checking the message and the line:column it points at.
@Suite struct BrandTests {
    static let logo =
        #"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#

    /// The sample report with a `brand:` block; `brand:` is on line 20, its keys from 21.
    static func report(_ brand: String) -> String { ReportBundle.report + "brand:\n" + brand }

    @Test func readsEveryKey() throws {
        let text = Self.report(
            """
              logo: logo.svg
              colors: { primary: "#1D4F91", accent: "#0b6e63", text: "#1d2430", added: "#1f7a3d", path: "#b44d12" }
              font: Liberation Sans
              confidentiality: Confidential — Example Insurer only

            """)
        let brand = try ReportBundle.with(report: text, extra: ["reports/acme/logo.svg": Self.logo]) {
            try ReportLoader.load(file: $0).report.brand
        }
        #expect(brand.logo?.format == .svg)
        #expect(brand.logo?.dataURI.hasPrefix("data:image/svg+xml;base64,") == true)
        #expect(brand.colors[.primary]?.description == "#1d4f91")
        #expect(brand.colors.count == 5)
        #expect(brand.font == "Liberation Sans")
        #expect(brand.confidentiality == "Confidential — Example Insurer only")
    }

    @Test func aReportWithoutBrandHasAnEmptyOne() throws {
        let brand = try ReportBundle.with { try ReportLoader.load(file: $0).report.brand }
        #expect(brand.isEmpty)
    }

    @Test func readsAPNGLogoByItsSignature() throws {
        let brand = try ReportBundle.with(report: Self.report("  logo: mark.png\n")) { path -> Brand in
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
            try png.write(to: URL(fileURLWithPath: FilePath.directory(of: path) + "/mark.png"))
            return try ReportLoader.load(file: path).report.brand
        }
        #expect(brand.logo?.format == .png)
    }

    @Test func missingLogoPointsAtTheLogoKey() {
        #expect(ReportBundle.errors(Self.report("  logo: nowhere.svg\n")) == ["21:3: the logo 'nowhere.svg' does not exist"])
    }

    @Test func logoThatIsNotAnImage() {
        let errors = ReportBundle.errors(Self.report("  logo: logo.png\n"), extra: ["reports/acme/logo.png": "not a picture"])
        #expect(errors == ["21:3: the logo 'logo.png' is not an SVG or PNG image"])
    }

    @Test func logoWhoseExtensionLies() {
        let errors = ReportBundle.errors(Self.report("  logo: logo.png\n"), extra: ["reports/acme/logo.png": Self.logo])
        #expect(errors == ["21:3: the logo 'logo.png' is not an SVG or PNG image"])
    }

    @Test func colourThatIsNotAColour() {
        let errors = ReportBundle.errors(Self.report("  colors:\n    primary: navy\n    accent: \"#12345\"\n"))
        #expect(
            errors == [
                "22:14: colour 'primary' is 'navy', not a colour written #rrggbb",
                "23:13: colour 'accent' is '#12345', not a colour written #rrggbb",
            ])
    }

    @Test func lowContrastNamesThePairAndTheRatio() {
        let errors = ReportBundle.errors(Self.report("  colors:\n    text: \"#999999\"\n    added: \"#ffcc00\"\n"))
        #expect(
            errors == [
                "22:11: colour 'text' #999999 on the white page #ffffff has contrast 2.8:1, under WCAG AA's 4.5:1",
                "23:12: colour 'added' #ffcc00 on the white page #ffffff has contrast 1.5:1, under WCAG AA's 3.0:1",
            ])
    }

    @Test func unknownColourRole() {
        #expect(ReportBundle.errors(Self.report("  colors: { background: \"#ffffff\" }\n")) == ["21:13: unknown colour 'background'"])
    }

    @Test func emptyConfidentialityLine() {
        #expect(ReportBundle.errors(Self.report("  confidentiality: \"\"\n")) == ["21:20: 'confidentiality' is empty"])
    }

    @Test func contrastArithmeticFollowsWCAG() throws {
        let black = try #require(BrandColor(hex: "#000000"))
        #expect(abs(black.contrast(with: .white) - 21) < 0.001)
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
        #expect(try #require(BrandColor(hex: "#767676")).contrast(with: .white) >= 4.5)
        #expect(try #require(BrandColor(hex: "#777777")).contrast(with: .white) < 4.5)
        #expect(BrandColor(hex: "#fff") == nil)
        #expect(BrandColor(hex: "1d4f91") == nil)
    }

    @Test func aClientsBrandOverridesKeyByKey() {
        let site = Brand(
            colors: [.primary: BrandColor(red: 0, green: 0, blue: 0x80), .text: BrandColor(red: 0, green: 0, blue: 0)],
            font: "Liberation Sans", confidentiality: "Confidential")
        let client = Brand(colors: [.primary: BrandColor(red: 0x80, green: 0, blue: 0)], confidentiality: "Client only")
        let merged = site.overridden(by: client)
        #expect(merged.colors[.primary] == BrandColor(red: 0x80, green: 0, blue: 0))
        #expect(merged.colors[.text] == BrandColor(red: 0, green: 0, blue: 0))
        #expect(merged.font == "Liberation Sans")
        #expect(merged.confidentiality == "Client only")
    }

    @Test func sniffsSVGAfterDeclarationsAndComments() {
        #expect(BrandLogo.sniff(Data("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg/>".utf8)) == .svg)
        #expect(BrandLogo.sniff(Data("<html><svg/></html>".utf8)) == nil)
        #expect(BrandLogo.sniff(Data()) == nil)
    }
}
