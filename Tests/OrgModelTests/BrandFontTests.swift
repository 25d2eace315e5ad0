import ByteText
import Diagnostics
import Foundation
import Testing

@testable import OrgModel
@testable import ReportModel

/// `brand: font:` naming a `.ttf`: the advance widths read from a real font, and one test
/// per way the file can be wrong, each at the `font:` value's line and column.
@Suite struct BrandFontTests {
    /// Debian's `fonts-dejavu-core`, when installed (it is not copied into the repository).
    static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    static var hasDejaVu: Bool { FileManager.default.fileExists(atPath: dejaVu) }

    /// A TrueType header (version 1.0) listing `tables` tables, and no tables after it.
    static func header(tables: UInt8) -> String {
        "\u{0}\u{1}\u{0}\u{0}\u{0}" + String(UnicodeScalar(tables)) + "\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}"
    }

    @Test(.enabled(if: hasDejaVu)) func readsTheAdvanceWidthsOfARealFont() throws {
        let metrics = try TrueTypeMetrics([UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.dejaVu))))
        #expect(metrics.unitsPerEm == 2048)
        // DejaVu Sans's widths, as Chromium draws them (checked with canvas measureText).
        #expect(metrics.advances[UInt32(UInt8(ascii: "A"))] == 1401)
        #expect(metrics.advances[UInt32(UInt8(ascii: " "))] == 651)
        #expect(metrics.advances[0x20AC] != nil)  // € through the format 4 map
        #expect(metrics.advances.count > 3000)
    }

    @Test(.enabled(if: hasDejaVu)) func aReportReadsItsFontBesideTheYAML() throws {
        let text = BrandTests.report("  font: fonts/DejaVuSans.ttf\n")
        let brand = try ReportBundle.with(report: text) { path in
            let folder = (path as NSString).deletingLastPathComponent + "/fonts"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.dejaVu, toPath: folder + "/DejaVuSans.ttf")
            return try ReportLoader.load(file: path).report.brand
        }
        #expect(brand.font == "DejaVuSans")
        #expect(brand.fontFile?.source == "fonts/DejaVuSans.ttf")
        #expect(brand.fontFile?.publishedPath == "fonts/DejaVuSans.ttf")
        #expect(brand.fontFile?.dataURI.hasPrefix("data:font/ttf;base64,AAEAAA") == true)
        // A client's family name replaces the consultancy's file with it.
        #expect(brand.overridden(by: Brand(font: "Liberation Sans")).fontFile == nil)
        #expect(Brand(font: "Liberation Sans").overridden(by: brand).fontFile == brand.fontFile)
    }

    @Test func missingFontFile() {
        #expect(ReportBundle.errors(BrandTests.report("  font: Brand.ttf\n")) == ["21:9: the font 'Brand.ttf' does not exist"])
    }

    @Test func aFileThatIsNotAFont() {
        let errors = ReportBundle.errors(
            BrandTests.report("  font: Brand.ttf\n"), extra: ["reports/acme/Brand.ttf": "<html>not a font</html>"])
        #expect(errors == ["21:9: the font 'Brand.ttf' is not a TrueType font Orgbook can read: it does not start like a font file"])
    }

    @Test func aFontWithoutItsTables() {
        let errors = ReportBundle.errors(
            BrandTests.report("  font: Brand.ttf\n"), extra: ["reports/acme/Brand.ttf": Self.header(tables: 0)])
        #expect(errors == ["21:9: the font 'Brand.ttf' is not a TrueType font Orgbook can read: it has no 'head' table"])
    }

    @Test func aFontCutShort() {
        // One table record promised, none there.
        let errors = ReportBundle.errors(
            BrandTests.report("  font: Brand.ttf\n"), extra: ["reports/acme/Brand.ttf": Self.header(tables: 1) + "head"])
        #expect(errors == ["21:9: the font 'Brand.ttf' is not a TrueType font Orgbook can read: it is cut short"])
    }

    @Test func anOpenTypeFileIsNamedAsSuch() {
        let errors = ReportBundle.errors(BrandTests.report("  font: Brand.otf\n"), extra: ["reports/acme/Brand.otf": "OTTO"])
        #expect(errors == ["21:9: the font 'Brand.otf' is not a TrueType font Orgbook can read: it is a .otf file"])
    }

    @Test func theHintSaysHowToFixIt() {
        #expect(BrandError.fontNotTrueType(path: "x.ttf", reason: .notAFont).hint?.contains("name a TrueType .ttf file") == true)
        #expect(BrandError.fontMissing(path: "x.ttf").hint?.contains("beside the YAML file") == true)
    }

    /// Every prefix of a real font, and every byte of its header flipped, reads or throws.
    @Test(.enabled(if: hasDejaVu)) func damagedFontsThrowAndNeverCrash() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.dejaVu)))
        for length in [0, 4, 12, 100, 400, 4000, 40_000, bytes.count / 2] {
            #expect(throws: TrueTypeError.self) { try TrueTypeMetrics(Array(bytes.prefix(length))) }
        }
        for index in 0..<400 {
            var damaged = bytes
            damaged[index] ^= 0xFF
            _ = try? TrueTypeMetrics(damaged)
        }
    }
}
