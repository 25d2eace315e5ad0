import Foundation
import Testing

@testable import Search

/// The stemmer against the table `search.js` is also checked against in the browser.
struct SearchStemmerTests {
    static let cases: [(String, String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Browser/stem_cases.tsv").standardized
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t").map(String.init)
            return fields.count == 2 ? (fields[0], fields[1]) : nil
        }
    }()

    @Test func theSharedTableIsThere() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases.map { "\($0.0)\t\($0.1)" })
    func stemsAsTheTableSays(_ row: String) {
        let fields = row.split(separator: "\t").map(String.init)
        #expect(SearchStemmer.stem(fields[0]) == fields[1])
    }

    @Test func relatedFormsMeet() {
        #expect(SearchStemmer.stem("owners") == SearchStemmer.stem("owner"))
        #expect(SearchStemmer.stem("policies") == SearchStemmer.stem("policy"))
        #expect(SearchStemmer.stem("creating") == SearchStemmer.stem("create"))
    }

    @Test func shortAndNonASCIIWordsPassThrough() {
        #expect(SearchStemmer.stem("ads") == "ads")
        #expect(SearchStemmer.stem("naïves") == "naïves")
        #expect(SearchStemmer.stem("q4s") == "q4s")
    }
}
