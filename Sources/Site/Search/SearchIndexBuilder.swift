import Foundation

/// Turns documents into the index's tables: entries, their weighted term frequencies,
/// BM25 scores, the per-entry cut, and the quantised postings.
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
        /// Boosted frequency of each term.
        var frequencies: [String: Double] = [:]
        /// Terms that occur in a title or heading: always kept.
        var titleTerms: Set<String> = []
        /// Body words, for length normalisation.
        var length = 0
    }

    func build() -> Built {
        var built = Built()
        // Words repeat far more than they vary: stem each distinct word once.
        var termOfWord: [String: String?] = [:]
        func terms(_ text: String) -> [String] {
            SearchTokenizer.words(text).compactMap { word in
                if let known = termOfWord[word] { return known }
                let term = SearchTokenizer.term(forWord: word)
                termOfWord[word] = term
                return term
            }
        }
        var counted: [Counted] = []
        let sorted = documents.enumerated().sorted {
            ($0.element.url, $0.element.title, $0.offset) < ($1.element.url, $1.element.title, $1.offset)
        }.map(\.element)

        for document in sorted {
            let pageIndex = built.pages.count
            built.pages.append(SearchIndex.Page(url: document.url, title: document.title, section: document.section))
            let titleTerms = terms(document.title)

            var top = Counted()
            add(titleTerms, weight: options.titleBoost, to: &top, isTitle: true)
            add(terms(document.text), weight: 1, to: &top, isTitle: false)
            built.entries.append(SearchIndex.Entry(page: pageIndex, anchor: "", heading: "", snippet: snippet(document.text)))
            counted.append(top)

            for section in document.headings {
                var entry = Counted()
                add(terms(section.title), weight: options.headingBoost, to: &entry, isTitle: true)
                // The page title still says what the section is about, a little.
                add(titleTerms, weight: 1, to: &entry, isTitle: false, countsTowardLength: false)
                add(terms(section.text), weight: 1, to: &entry, isTitle: false)
                built.entries.append(SearchIndex.Entry(page: pageIndex, anchor: section.id, heading: section.title, snippet: snippet(section.text)))
                counted.append(entry)
            }
        }

        let scores = score(counted)
        var byTerm: [String: [SearchIndex.Posting]] = [:]
        for (entryIndex, entryScores) in scores.enumerated() {
            for (term, score) in entryScores {
                byTerm[term, default: []].append(SearchIndex.Posting(entry: entryIndex, score: score))
            }
        }
        built.terms = byTerm.keys.sorted(by: SearchIndexBuilder.codePointOrder)
        built.postings = built.terms.map { byTerm[$0]! }
        return built
    }

    private func add(_ terms: [String], weight: Double, to entry: inout Counted, isTitle: Bool, countsTowardLength: Bool = true) {
        for term in terms {
            entry.frequencies[term, default: 0] += weight
            if isTitle { entry.titleTerms.insert(term) }
        }
        if countsTowardLength && !isTitle { entry.length += terms.count }
    }

    /// BM25 per (entry, term), the per-entry cut, then quantisation against the top score.
    private func score(_ counted: [Counted]) -> [[(String, Int)]] {
        let entryCount = Double(max(counted.count, 1))
        var documentFrequency: [String: Int] = [:]
        for entry in counted {
            for term in entry.frequencies.keys { documentFrequency[term, default: 0] += 1 }
        }
        let averageLength = max(1, Double(counted.reduce(0) { $0 + $1.length }) / entryCount)

        var raw: [[(String, Double)]] = counted.map { entry in
            let norm = options.k1 * (1 - options.b + options.b * Double(entry.length) / averageLength)
            var scored = entry.frequencies.map { term, tf -> (String, Double) in
                let df = Double(documentFrequency[term]!)
                let idf = log(1 + (entryCount - df + 0.5) / (df + 0.5))
                return (term, idf * tf * (options.k1 + 1) / (tf + norm))
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : SearchIndexBuilder.codePointOrder($0.0, $1.0) }
            if scored.count > options.maxTermsPerEntry {
                let kept = scored.prefix(options.maxTermsPerEntry)
                let titles = scored.dropFirst(options.maxTermsPerEntry).filter { entry.titleTerms.contains($0.0) }
                scored = Array(kept) + titles
            }
            return scored
        }
        let top = raw.lazy.flatMap { $0.map(\.1) }.max() ?? 1
        return raw.indices.map { i in
            defer { raw[i] = [] }
            return raw[i].map { term, score in
                (term, min(63, max(1, Int((score / top * 63).rounded()))))
            }
        }
    }

    /// The start of `text`, cut at a word boundary with an ellipsis when longer.
    private func snippet(_ text: String) -> String {
        guard text.count > options.snippetLength else { return text }
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
