import Testing

@testable import Search

struct SearchTokenizerTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(SearchTokenizer.fold("Ré-Organisation ÉTÉ") == "re-organisation ete")
    }

    @Test func splitsOnAnythingButLettersAndDigits() {
        #expect(
            SearchTokenizer.words("Customer-centric (CX) — Q4/2025, don't!") == ["customer", "centric", "cx", "q4", "2025", "don", "t"])
    }

    @Test func keepsLettersOfOtherScripts() {
        #expect(SearchTokenizer.words("Kundenzentrierung für Ärzte; 顧客") == ["kundenzentrierung", "fur", "arzte", "顧客"])
    }

    @Test func dropsStopWordsShortWordsAndStems() {
        #expect(SearchTokenizer.terms("The owners of a journey and its KPIs") == ["owner", "journey", "kpi"])
    }

    @Test func dropsOverlongWords() {
        let hash = String(repeating: "ab", count: 30)
        #expect(SearchTokenizer.terms("hash \(hash) here") == ["hash", "her"])
    }
}
