import Foundation
import Testing

@testable import Diagrams
@testable import Layout
@testable import Typesetting

@Suite struct TextMetricsTests {
    @Test func widthsComeFromTheFontsAdvanceWidths() {
        // Liberation Sans / Arial advances in 2048ths of an em: H 1479, e 1139, l 455, o 1139.
        #expect(abs(TextMetrics.width(of: "Hello", fontSize: 2048) - 4667) < 1e-9)
        #expect(abs(TextMetrics.width(of: "Hello", fontSize: 16) - 4667.0 * 16 / 2048) < 1e-9)
        #expect(TextMetrics.width(of: "Hello", fontSize: 16, bold: true) > TextMetrics.width(of: "Hello", fontSize: 16))
        #expect(TextMetrics.width(of: "", fontSize: 16) == 0)
    }

    @Test func charactersBeyondLatinAreMeasured() {
        // The en dash and the euro sign are in the font; CJK falls back to a full em.
        #expect(TextMetrics.width(of: "–", fontSize: 2048) == 1139)
        #expect(TextMetrics.width(of: "€", fontSize: 2048) == 1139)
        #expect(TextMetrics.width(of: "顧客", fontSize: 10) == 20)
        #expect(TextMetrics.width(of: "é", fontSize: 2048) == TextMetrics.width(of: "e", fontSize: 2048))
    }

    @Test func wrappingBreaksOnWordsAndFits() {
        let text = "Customer insights and root-cause analysis of complaints"
        let lines = TextWrapper.wrap(text, maxWidth: 120, fontSize: 12)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == text)
        for line in lines { #expect(TextMetrics.width(of: line, fontSize: 12) <= 120) }
    }

    @Test func wordsWiderThanTheLineAreBroken() {
        let word = String(repeating: "Kundenerfahrungsmanagement", count: 3)
        let lines = TextWrapper.wrap("A \(word) b", maxWidth: 80, fontSize: 12)
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "A\(word)b")
        for line in lines { #expect(TextMetrics.width(of: line, fontSize: 12) <= 80) }
    }

    @Test func whitespaceCollapsesAndEmptyTextHasNoLines() {
        #expect(TextWrapper.wrap("  a \n\t b  ", maxWidth: 500, fontSize: 12) == ["a b"])
        #expect(TextWrapper.wrap("   ", maxWidth: 100, fontSize: 12).isEmpty)
    }

    /// A text already set as one line comes back whole only when it fits, and with the
    /// same collapsing as the word-by-word path otherwise.
    @Test func textsSetAsOneLineKeepTheRulesOfTheWordPath() {
        let text = "Customer Operations Division 12"
        let width = TextMetrics.width(of: text, fontSize: 12)
        #expect(TextWrapper.wrap(text, maxWidth: width, fontSize: 12) == [text])
        #expect(TextWrapper.wrap(text, maxWidth: width - 1, fontSize: 12) == ["Customer Operations Division", "12"])
        #expect(TextWrapper.isSetAsOneLine(text))
        for irregular in ["Customer  Operations", " Customer", "Customer ", "Customer\tOperations", "Équipe", ""] {
            #expect(!TextWrapper.isSetAsOneLine(irregular), "\(irregular)")
        }
        #expect(TextWrapper.wrap("Customer  Operations ", maxWidth: 500, fontSize: 12) == ["Customer Operations"])
    }

    /// Cutting a regular text into slices gives the lines the general path builds word by
    /// word (reached here through doubled spaces, which it collapses).
    @Test func slicedLinesMatchTheWordByWordPath() {
        let words = ["Chief", "Customer", "Officer", "and", "Head", "of", "Customer", "Experience", "EMEA", "x"]
        for width in stride(from: 40.0, through: 260, by: 7) {
            for bold in [false, true] {
                let sliced = TextWrapper.wrap(words.joined(separator: " "), maxWidth: width, fontSize: 13, bold: bold)
                let general = TextWrapper.wrap(words.joined(separator: "  "), maxWidth: width, fontSize: 13, bold: bold)
                #expect(sliced == general, "width \(width), bold \(bold)")
            }
        }
    }

    @Test func boxesFitTheirWrappedLabelsWithMargin() {
        let label = BoxLabel(
            [("Chief Customer Officer and Head of Customer Experience", .name), ("Customer Office", .detail)],
            maxTextWidth: 150)
        #expect(label.lines.count >= 3)
        for line in label.lines {
            #expect(line.width * BoxLabel.safetyFactor + 2 * BoxLabel.paddingX <= label.width)
            #expect(line.width <= 150)
        }
        #expect(label.lines.last!.baseline.y < label.height - BoxLabel.paddingY)
    }
}
