import ByteText

/// Numbers the terms of the texts it reads. Words are found and remembered on UTF-8 bytes
/// (`WordNumbering`); each distinct word is folded, filtered and stemmed once, through
/// `SearchTokenizer`, so the rules stay in one place. Terms are numbered in order of first
/// sight.
struct SearchVocabulary {
    private var words = WordNumbering(isWordByte: SearchTokenizer.isWordByte, maximumLength: SearchTokenizer.maximumWordLength)
    private var learned = Terms()

    var terms: [String] { learned.terms }

    /// Appends the term numbers of `text`, in order, to `out`.
    mutating func numbers(_ text: String, into out: inout [Int]) {
        words.numbers(text, into: &out, learner: &learned)
    }

    /// The terms met so far, and what a new word becomes.
    private struct Terms: WordLearner {
        var terms: [String] = []
        var numberOfTerm: [String: Int] = [:]

        mutating func number(ofNewWord word: String) -> Int {
            guard let term = SearchTokenizer.term(forWord: word) else { return -1 }
            if let existing = numberOfTerm[term] { return existing }
            numberOfTerm[term] = terms.count
            terms.append(term)
            return terms.count - 1
        }

        func words(ofNonASCII text: String) -> [String] { SearchTokenizer.words(text) }
    }
}
