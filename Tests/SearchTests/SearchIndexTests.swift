import Foundation
import Testing

@testable import Search

struct SearchIndexTests {
    @Test func outputIsTheSameWhateverTheInputOrder() {
        let forward = SearchIndex(documents: SearchFixture.documents).javaScript()
        let backward = SearchIndex(documents: SearchFixture.documents.reversed()).javaScript()
        #expect(forward == backward)
        #expect(forward.hasPrefix("window.ORGBOOK_SEARCH = {\"version\":2,"))
        #expect(forward.hasSuffix("};\n"))
    }

    @Test func outputIsValidJSONAndEscapesMarkup() throws {
        let documents = [
            SearchDocument(
                url: "x/", title: "</script><!-- \"quoted\" & more",
                text: "line\u{2028}break \\ back\u{1}slash")
        ]
        let json = SearchIndex(documents: documents).json()
        #expect(!json.contains("</script>"))
        #expect(!json.contains("<!--"))
        #expect(!json.contains("\u{2028}"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String]])
        #expect(pages[0][1] == "</script><!-- \"quoted\" & more")
        let entries = try #require(object["entries"] as? [[Any]])
        let pieces = try #require(object["pieces"] as? [String])
        let packed = TextPieces(["", "line\u{2028}break \\ back\u{1}slash"])
        #expect(pieces == packed.table)
        #expect(packed.decode(try #require(entries[0][3] as? String)) == "line\u{2028}break \\ back\u{1}slash")
    }

    @Test func termsAreSortedAndPostingsRoundTrip() {
        let index = SearchIndex(documents: SearchFixture.documents)
        #expect(index.terms == index.terms.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        for postings in index.postings {
            #expect(PostingEncoding.decode(PostingEncoding.encode(postings)) == postings)
            #expect(postings.allSatisfy { (1...63).contains($0.score) })
            #expect(postings.map(\.entry) == postings.map(\.entry).sorted())
        }
    }

    @Test func postingEncodingHandlesLargeGaps() {
        let postings = [
            SearchIndex.Posting(entry: 0, score: 63), .init(entry: 31, score: 1),
            .init(entry: 32, score: 2), .init(entry: 100_000, score: 40),
        ]
        let encoded = PostingEncoding.encode(postings)
        #expect(encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(PostingEncoding.decode(encoded) == postings)
    }

    @Test func snippetsAreCutAtAWord() {
        var options = SearchIndex.Options()
        options.snippetLength = 40
        let text = "Journey redesign runs in waves, each one owned by a squad of people."
        let index = SearchIndex(documents: [SearchDocument(url: "a/", title: "A", text: text)], options: options)
        #expect(index.entries[0].snippet == "Journey redesign runs in waves, each…")
    }

    @Test func snippetsDropPunctuationBeforeTheEllipsis() {
        var options = SearchIndex.Options()
        options.snippetLength = 20
        let cases = [
            ("Waves of redesign, (then) more waves follow.", "Waves of redesign…"),
            ("Waves of redesign — “then” more waves follow.", "Waves of redesign…"),
            ("Waves of redesign:“ then more waves follow.", "Waves of redesign…"),
            ("Waves $+$+$+$+$+$+$+$+ more", "Waves $+$+$+$+$+$+$+…"),
            ("Vagues de refonte été, puis d’autres.", "Vagues de refonte…"),
        ]
        for (text, snippet) in cases {
            let index = SearchIndex(documents: [SearchDocument(url: "a/", title: "A", text: text)], options: options)
            #expect(index.entries[0].snippet == snippet, "\(text)")
        }
    }

    @Test func keepsOnlyTheBestTermsOfAnEntryButAlwaysItsTitle() {
        var options = SearchIndex.Options()
        options.maxTermsPerEntry = 3
        let text = (1...40).map { "word\($0)x" }.joined(separator: " ")
        let index = SearchIndex(
            documents: [
                SearchDocument(url: "a/", title: "Zebra crossing", text: text),
                SearchDocument(url: "b/", title: "B", text: "word1x"),
            ], options: options)
        let termsOfA = index.terms.indices.filter { index.postings[$0].contains { $0.entry == 0 } }.map { index.terms[$0] }
        #expect(termsOfA.count == 3)
        #expect(termsOfA.contains("zebra") && termsOfA.contains("cross"))
    }

    @Test func textPiecesRoundTripAndShareCommonWords() throws {
        let texts = ["Steering committee meets monthly.", "The steering committee, again!", "", "Café — résumé…", "  leading space"]
        let packed = TextPieces(texts)
        for (text, code) in zip(texts, packed.codes) {
            #expect(packed.decode(code) == text)
            #expect(code.utf8.allSatisfy { PostingEncoding.alphabetBytes.contains($0) })
        }
        #expect(packed.table.filter { $0 == "committee " }.count == 1)
        #expect(packed.codes[1].count < texts[1].utf8.count / 3)
    }

    @Test func veryCommonTermsKeepOnlyTheirBestPostings() {
        var options = SearchIndex.Options()
        options.maxPostingsPerTerm = 2
        let documents = (0..<5).map { n in
            SearchDocument(
                url: "p\(n)/", title: n == 3 ? "Budget" : "Page \(n)", text: "budget " + String(repeating: "filler\(n) ", count: n * 5))
        }
        let index = SearchIndex(documents: documents, options: options)
        let budget = try! #require(index.terms.firstIndex(of: "budget"))
        #expect(index.postings[budget].count == 2)
        let best = try! #require(index.postings[budget].max { $0.score < $1.score })
        #expect(index.pages[index.entries[best.entry].page].url == "p3/")
    }

    @Test func aCutAmongEqualScoresKeepsTheEarliestEntries() {
        var options = SearchIndex.Options()
        options.maxPostingsPerTerm = 3
        // Six pages score "budget" the same, except p5, whose title holds it.
        let documents = (0..<6).map { n in
            SearchDocument(url: "p\(n)/", title: n == 5 ? "Budget" : "Page", text: "budget review")
        }
        let index = SearchIndex(documents: documents, options: options)
        let budget = try! #require(index.terms.firstIndex(of: "budget"))
        let kept = index.postings[budget].map { index.pages[index.entries[$0.entry].page].url }
        #expect(kept == ["p0/", "p1/", "p5/"])
        let review = try! #require(index.terms.firstIndex(of: "review"))
        #expect(index.postings[review].map { index.pages[index.entries[$0.entry].page].url } == ["p0/", "p1/", "p2/"])
    }

    @Test func anchorsTheScriptCanDeriveAreLeftOut() {
        #expect(AnchorSlug.derive("Steering committee (2024)") == "steering-committee-2024")
        #expect(AnchorSlug.derive("  --Q&A--  ") == "q-a")
        #expect(AnchorSlug.derive("Café") == nil)
        #expect(AnchorSlug.stored(anchor: "steering-committee", heading: "Steering committee") == "")
        #expect(AnchorSlug.stored(anchor: "custom-id", heading: "Steering committee") == "custom-id")
        #expect(AnchorSlug.stored(anchor: "cafe", heading: "Café") == "cafe")
        #expect(AnchorSlug.stored(anchor: "", heading: "") == "")
    }

    @Test func theBrowserSuitesFixtureIsTheIndexOfTheFixtureDocuments() throws {
        let script = SearchIndex(documents: SearchFixture.documents).javaScript()
        if ProcessInfo.processInfo.environment["ORGBOOK_UPDATE_FIXTURES"] == "1" {
            try script.write(to: SearchFixture.browserFile, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: SearchFixture.browserFile, encoding: .utf8)
        #expect(committed == script, "run ORGBOOK_UPDATE_FIXTURES=1 swift test --filter SearchIndexTests")
    }

    @Test func headingsBecomeEntriesThatLinkToTheirId() {
        let index = SearchIndex(documents: SearchFixture.documents)
        let measurement = index.entries.first { $0.heading == "Measurement" }
        #expect(measurement.map { index.pages[$0.page].title } == "Ownership of CX tasks")
        #expect(measurement.map { index.pages[$0.page].section } == "Playbook")
        let steering = index.entries.first { $0.heading == "Steering committee" }
        #expect(steering?.snippet == "Meets monthly.")
        #expect(steering?.anchor == "steering")
    }
}
