import Foundation

/// Turns documents into the index's tables: entries, their weighted term frequencies,
/// BM25 scores, the per-entry cut, and the quantised postings. Terms are numbered as they
/// are first seen so that the counting works on integers, not strings.
struct SearchIndexBuilder {
    let documents: [SearchDocument]
    let options: SearchIndex.Options

    struct Built {
        var pages: [SearchIndex.Page] = []
        var entries: [SearchIndex.Entry] = []
        var terms: [String] = []
        var postings: [[SearchIndex.Posting]] = []
    }

    /// An entry's terms before scoring.
    private struct Counted {
        /// (term number, weight) pairs as they occur; summed when scored.
        var occurrences: [(term: Int, weight: Double, isTitle: Bool)] = []
        /// Body words, for length normalisation.
        var length = 0
    }

    /// Numbers terms and remembers what each distinct word became.
    private struct Vocabulary {
        var terms: [String] = []
        var numberOfTerm: [String: Int] = [:]
        /// Words repeat far more than they vary: stem each distinct word once (-1: not indexed).
        var numberOfWord: [String: Int] = [:]

        mutating func numbers(_ text: String) -> [Int] {
            SearchTokenizer.words(text).compactMap { word in
                if let known = numberOfWord[word] { return known < 0 ? nil : known }
                var number = -1
                if let term = SearchTokenizer.term(forWord: word) {
                    if let existing = numberOfTerm[term] {
                        number = existing
                    } else {
                        number = terms.count
                        numberOfTerm[term] = number
                        terms.append(term)
                    }
                }
                numberOfWord[word] = number
                return number < 0 ? nil : number
            }
        }
    }

    func build() -> Built {
        var built = Built()
        var vocabulary = Vocabulary()
        var counted: [Counted] = []
        let sorted = documents.enumerated().sorted {
            ($0.element.url, $0.element.title, $0.offset) < ($1.element.url, $1.element.title, $1.offset)
        }.map(\.element)

        for document in sorted {
            let pageIndex = built.pages.count
            built.pages.append(SearchIndex.Page(url: document.url, title: document.title, section: document.section))
            let titleTerms = vocabulary.numbers(document.title)

            var top = Counted()
            add(titleTerms, weight: options.titleBoost, to: &top, isTitle: true)
            add(vocabulary.numbers(document.text), weight: 1, to: &top, isTitle: false)
            built.entries.append(SearchIndex.Entry(page: pageIndex, anchor: "", heading: "", snippet: snippet(document.text)))
            counted.append(top)

            for section in document.headings {
                var entry = Counted()
                add(vocabulary.numbers(section.title), weight: options.headingBoost, to: &entry, isTitle: true)
                // The page title still says what the section is about, a little.
                add(titleTerms, weight: 1, to: &entry, isTitle: false, countsTowardLength: false)
                add(vocabulary.numbers(section.text), weight: 1, to: &entry, isTitle: false)
                built.entries.append(SearchIndex.Entry(page: pageIndex, anchor: section.id, heading: section.title, snippet: snippet(section.text)))
                counted.append(entry)
            }
        }

        let scores = score(counted, termCount: vocabulary.terms.count)
        var byTerm = [[SearchIndex.Posting]](repeating: [], count: vocabulary.terms.count)
        for (entryIndex, entryScores) in scores.enumerated() {
            for (term, score) in entryScores {
                byTerm[term].append(SearchIndex.Posting(entry: entryIndex, score: score))
            }
        }
        let order = vocabulary.terms.indices.sorted {
            SearchIndexBuilder.codePointOrder(vocabulary.terms[$0], vocabulary.terms[$1])
        }
        built.terms = order.map { vocabulary.terms[$0] }
        built.postings = order.map { byTerm[$0] }
        return built
    }

    private func add(_ terms: [Int], weight: Double, to entry: inout Counted, isTitle: Bool, countsTowardLength: Bool = true) {
        for term in terms { entry.occurrences.append((term, weight, isTitle)) }
        if countsTowardLength && !isTitle { entry.length += terms.count }
    }

    /// BM25 per (entry, term), the per-entry cut, then quantisation against the top score.
    private func score(_ counted: [Counted], termCount: Int) -> [[(Int, Int)]] {
        let entryCount = Double(max(counted.count, 1))
        // Sum each entry's occurrences per term (sorted by term, so equal terms are adjacent).
        let frequencies: [[(term: Int, tf: Double, isTitle: Bool)]] = counted.map { entry in
            var merged: [(term: Int, tf: Double, isTitle: Bool)] = []
            for occurrence in entry.occurrences.sorted(by: { $0.term < $1.term }) {
                if let last = merged.last, last.term == occurrence.term {
                    merged[merged.count - 1].tf += occurrence.weight
                    merged[merged.count - 1].isTitle = last.isTitle || occurrence.isTitle
                } else {
                    merged.append((occurrence.term, occurrence.weight, occurrence.isTitle))
                }
            }
            return merged
        }
        var documentFrequency = [Int](repeating: 0, count: termCount)
        for entry in frequencies {
            for item in entry { documentFrequency[item.term] += 1 }
        }
        let idf = documentFrequency.map { df in log(1 + (entryCount - Double(df) + 0.5) / (Double(df) + 0.5)) }
        let averageLength = max(1, Double(counted.reduce(0) { $0 + $1.length }) / entryCount)

        var top = 0.0
        let raw: [[(term: Int, score: Double)]] = zip(counted, frequencies).map { entry, terms in
            let norm = options.k1 * (1 - options.b + options.b * Double(entry.length) / averageLength)
            var scored = terms.map { item in
                (term: item.term, score: idf[item.term] * item.tf * (options.k1 + 1) / (item.tf + norm))
            }
            if scored.count > options.maxTermsPerEntry {
                // Best first; ties by term number, which is deterministic for the same input.
                scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
                let titles = Set(terms.lazy.filter(\.isTitle).map(\.term))
                scored = Array(scored.prefix(options.maxTermsPerEntry))
                    + scored.dropFirst(options.maxTermsPerEntry).filter { titles.contains($0.term) }
            }
            for item in scored { top = max(top, item.score) }
            return scored
        }
        if top <= 0 { top = 1 }
        return raw.map { entry in
            entry.map { ($0.term, min(63, max(1, Int(($0.score / top * 63).rounded())))) }
        }
    }

    /// The start of `text`, cut at a word boundary with an ellipsis when longer.
    private func snippet(_ text: String) -> String {
        // Counting characters of the whole text would cost as much as the text is long.
        guard text.prefix(options.snippetLength + 1).count > options.snippetLength else { return text }
        var cut = text.prefix(options.snippetLength)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > options.snippetLength / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last.isPunctuation || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }

    /// Sorts as JavaScript compares strings: by UTF-16 code unit.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}
