import Testing

@testable import Search

/// The vocabulary numbers words on bytes with its own fast paths; whatever the path, the
/// terms it gives must be exactly those of `SearchTokenizer.terms`.
struct SearchVocabularyTests {
    private func terms(of texts: [String]) -> [[String]] {
        var vocabulary = SearchVocabulary()
        return texts.map { text in
            var numbers: [Int] = []
            vocabulary.numbers(text, into: &numbers)
            return numbers.map { vocabulary.terms[$0] }
        }
    }

    @Test func givesTheTokenizersTermsOnEveryPath() {
        let texts = [
            "The Owners of a JOURNEY and its KPIs, owners again: journey-owner.",
            "Ré-Organisation ÉTÉ für Ärzte; 顧客 and CAFÉ café Cafe",
            "Q4/2025 x y 42 3.14 don't (CX) [NPS] {csat} under_score back\\slash",
            "hash \(String(repeating: "ab", count: 30)) here \(String(repeating: "Z", count: 41)) end",
            "mixedÇase WORDS next to ascii words: ÇA ça",
            "",
            "   \n\t  ",
        ]
        let expected = texts.map(SearchTokenizer.terms)
        #expect(terms(of: texts) == expected)
        // Every word is known by the second reading: the look-ups must agree with the first.
        #expect(terms(of: texts + texts).suffix(texts.count).elementsEqual(expected))
    }

    @Test func numbersEachTermOnceInOrderOfFirstSight() {
        var vocabulary = SearchVocabulary()
        var numbers: [Int] = []
        vocabulary.numbers("Journey owners own the JOURNEYS; owner of journeys", into: &numbers)
        #expect(vocabulary.terms == ["journey", "owner", "own"])
        #expect(numbers == [0, 1, 2, 0, 1, 0])
    }
}
