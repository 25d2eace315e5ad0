import ByteText
import Foundation
import Testing

@testable import Diagrams
@testable import Layout
@testable import OrgModel
@testable import Typesetting

/// Labels measured in a brand's `.ttf` while `TextMetrics.font` is bound to it: the widths
/// Chromium draws (DejaVu Sans from Debian's fonts-dejavu-core, used where installed), and
/// boxes that grow to hold them.
@Suite struct BrandFontMetricsTests {
    static let path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    static var installed: Bool { FileManager.default.fileExists(atPath: path) }

    static func dejaVu() throws -> DiagramFont {
        let metrics = try TrueTypeMetrics([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        return DiagramFont(family: "DejaVuSans", metrics: metrics)
    }

    /// Chromium 156's canvas `measureText` at 2048 px, regular and bold alike (bold is
    /// synthesized from the one face and keeps its advances).
    @Test(.enabled(if: installed)) func widthsMatchWhatChromiumDraws() throws {
        let measured: [(String, Double)] = [
            ("A", 1401), ("€", 1303), ("Customer Experience Director", 30898), ("Wwwwwwwwww", 17100),
            ("Head of Claims Operations", 27426),
        ]
        try TextMetrics.$font.withValue(Self.dejaVu()) {
            for (text, width) in measured {
                // Orgbook leaves kerning out, so it may measure a little wider, never narrower:
                // "Customer Experience Director" is 30943 against Chromium's kerned 30898.
                let measuredHere = TextMetrics.width(of: text, fontSize: 2048)
                #expect(measuredHere >= width && measuredHere <= width * 1.005, "\(text): \(measuredHere)")
                #expect(TextMetrics.width(of: text, fontSize: 2048, bold: true) == measuredHere, "\(text)")
            }
            #expect(TextMetrics.width(of: "Wwwwwwwwww", fontSize: 2048) == 17100)
            // A character DejaVu lacks is measured as the next family, Liberation Sans, draws it.
            #expect(TextMetrics.width(of: "顧", fontSize: 10) == 10)
        }
        // Unbound, the built-in Liberation Sans widths are back.
        #expect(TextMetrics.width(of: "A", fontSize: 2048) == 1366)
    }

    @Test(.enabled(if: installed)) func diagramsNameTheFontAndSizeBoxesForIt() throws {
        let font = try Self.dejaVu()
        let label = "Customer Experience Director"
        let built = BoxLabel([(label, .name)], maxTextWidth: 1000)
        let branded = TextMetrics.$font.withValue(font) { BoxLabel([(label, .name)], maxTextWidth: 1000) }
        // DejaVu Sans is wider than Liberation Sans: the box grows with it.
        #expect(branded.width > built.width)
        let inDejaVu = TextMetrics.$font.withValue(font) {
            TextMetrics.width(of: label, fontSize: TextStyle.name.fontSize, bold: TextStyle.name.bold)
        }
        #expect(branded.width >= inDejaVu + 2 * BoxLabel.paddingX)

        let svg = TextMetrics.$font.withValue(font) { DiagramRenderer.render(.orgChart(Samples.orgChart)).svg }
        #expect(svg.contains("font-family=\"&#39;DejaVuSans&#39;, &#39;Liberation Sans&#39;, Arial"))
        #expect(DiagramRenderer.render(.orgChart(Samples.orgChart)).svg.contains("font-family=\"&#39;Liberation Sans&#39;, Arial"))
    }

    /// Bound on one thread, the font is not seen by diagrams drawn at the same time on others.
    @Test(.enabled(if: installed)) func theFontIsBoundPerDiagram() async throws {
        let font = try Self.dejaVu()
        async let branded = TextMetrics.$font.withValue(font) { TextMetrics.width(of: "A", fontSize: 2048) }
        async let plain = TextMetrics.width(of: "A", fontSize: 2048)
        #expect(await branded == 1401)
        #expect(await plain == 1366)
    }

    /// The family is named as the brand's `@font-face` declares it: an apostrophe is
    /// escaped, not dropped, and nothing in it can end the `<style>` it is written into.
    @Test(.enabled(if: installed)) func theFamilyListKeepsTheFamilyWhole() throws {
        let metrics = try TrueTypeMetrics([UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.path))))
        #expect(DiagramFont(family: "DejaVuSans", metrics: metrics).cssFamilies.hasPrefix("'DejaVuSans', "))
        let awkward = DiagramFont(family: "O'Brien </style>", metrics: metrics).cssFamilies
        #expect(awkward.hasPrefix(#"'O\'Brien \3c /style\3e ', "#))
        #expect(!awkward.contains("<"))
    }
}
