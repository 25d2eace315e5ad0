import Foundation
import Testing

@testable import Search

/// The word rule — which characters make words, how they fold, which words are indexed —
/// against the table `search.js` is checked against in the browser (`word_cases.tsv`), so
/// a query is split exactly as the pages were.
struct SearchWordRuleTests {
    /// (text, terms) rows; `\t` and `\n` in the text column stand for a tab and a line feed.
    static let cases: [(String, [String])] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Browser/word_cases.tsv").standardized
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2 else { return nil }
            let input = fields[0].replacingOccurrences(of: "\\t", with: "\t").replacingOccurrences(of: "\\n", with: "\n")
            return (input, fields[1].split(separator: " ").map(String.init))
        }
    }()

    @Test func theSharedTableIsThere() {
        #expect(Self.cases.count >= 12)
    }

    @Test(arguments: cases.indices)
    func termsAsTheTableSays(_ row: Int) {
        let (text, terms) = Self.cases[row]
        #expect(SearchTokenizer.terms(text) == terms, "\(text)")
    }

    /// The byte-level fast paths (the vocabulary's fold table, the posting text's pieces)
    /// split where the Unicode rule does for ASCII, and leave non-ASCII bytes to it.
    @Test func everyASCIIByteIsClassedAsTheUnicodeRuleClassesIt() {
        for byte in UInt8(0)..<0x80 {
            #expect(SearchTokenizer.isWordByte(byte) == SearchTokenizer.isWordScalar(Unicode.Scalar(byte)), "\(byte)")
        }
        #expect((UInt8(0x80)...0xFF).allSatisfy(SearchTokenizer.isWordByte))
    }
}
