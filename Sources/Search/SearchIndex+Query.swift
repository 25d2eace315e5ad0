extension SearchIndex {
    /// Weight of a term reached by prefix from the word being typed, against 1 for the
    /// word's own term.
    public static let prefixWeight = 0.5
    /// At most this many terms are tried for one prefix.
    public static let prefixExpansionLimit = 50

    /// Answers `query` the way `search.js` does, for tests and tools: every word must match
    /// (all words if none match together, any), the last word also matches as a prefix
    /// unless `query` ends with a space, and entries are ranked by their summed scores.
    public func search(_ query: String, limit: Int = 10) -> [SearchResult] {
        let words = SearchTokenizer.words(query)
        let typingLast = !(query.last?.isWhitespace ?? true)
        var perWord: [[Int: Double]] = []
        for (position, word) in words.enumerated() {
            let isLast = typingLast && position == words.count - 1
            let matches = matchingTerms(word: word, asPrefix: isLast)
            if matches.isEmpty && SearchTokenizer.term(forWord: word) == nil && !isLast { continue }
            var scores: [Int: Double] = [:]
            for (termIndex, weight) in matches {
                for posting in postings[termIndex] {
                    scores[posting.entry] = max(scores[posting.entry] ?? 0, Double(posting.score) * weight)
                }
            }
            perWord.append(scores)
        }
        guard !perWord.isEmpty else { return [] }

        var totals: [Int: Double] = [:]
        for scores in perWord {
            for (entry, score) in scores { totals[entry, default: 0] += score }
        }
        let everyWord = totals.filter { entry, _ in perWord.allSatisfy { $0[entry] != nil } }
        let ranked = (everyWord.isEmpty ? totals : everyWord)
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit)
        return ranked.map { entryIndex, score in
            let entry = entries[entryIndex]
            let page = pages[entry.page]
            return SearchResult(
                url: entry.anchor.isEmpty ? page.url : page.url + "#" + entry.anchor,
                title: page.title, heading: entry.heading, section: page.section,
                snippet: entry.snippet, score: score)
        }
    }

    /// Terms a query word reaches, as (index into `terms`, weight).
    func matchingTerms(word: String, asPrefix: Bool) -> [(Int, Double)] {
        var found: [Int: Double] = [:]
        if let term = SearchTokenizer.term(forWord: word), let index = termIndex(term) {
            found[index] = 1
        }
        if asPrefix, word.unicodeScalars.count >= 2 {
            let stem = SearchStemmer.stem(word)
            for prefix in Set([word, stem]) {
                var index = lowerBound(prefix)
                var taken = 0
                while index < terms.count, terms[index].hasPrefix(prefix), taken < SearchIndex.prefixExpansionLimit {
                    if found[index] == nil { found[index] = SearchIndex.prefixWeight }
                    index += 1
                    taken += 1
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    func termIndex(_ term: String) -> Int? {
        let index = lowerBound(term)
        return index < terms.count && terms[index] == term ? index : nil
    }

    /// The first index whose term is not before `key`.
    func lowerBound(_ key: String) -> Int {
        var low = 0
        var high = terms.count
        while low < high {
            let mid = (low + high) / 2
            if SearchIndexBuilder.codePointOrder(terms[mid], key) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
