import Foundation

/// Turns documents into the index's tables: entries, their weighted term frequencies,
/// BM25 scores, the per-entry and per-term cuts, and the quantised postings. Terms are
/// numbered once (`SearchVocabulary`) so that all the counting works on flat integer
/// arrays, not strings or dictionaries.
struct SearchIndexBuilder {
    /// The pages to index (url, title, section), in any order.
    let pages: [SearchIndex.Page]
    /// The document of `pages[i]`, made when its run is tokenised and let go right after:
    /// the text of the whole site is never held at once.
    let document: @Sendable (Int) -> SearchDocument
    let options: SearchIndex.Options

    struct Built {
        var pages: [SearchIndex.Page] = []
        var entries: [SearchIndex.Entry] = []
        var terms: [String] = []
        var postings: [[SearchIndex.Posting]] = []
    }

    /// Every entry's distinct terms with their weighted frequency, in flat arrays.
    private struct Counted {
        /// `term[start[e]..<start[e + 1]]` are entry e's terms, ascending.
        var start: [Int] = [0]
        // 32-bit terms and frequencies: these arrays hold one slot per (entry, term) of the
        // whole site, the largest thing a build keeps at once. Frequencies are sums of the
        // (small, integral by default) weights, so `Float` holds them exactly.
        var term: [Int32] = []
        var frequency: [Float] = []
        var inTitle: [Bool] = []
        /// Body words per entry, for length normalisation.
        var length: [Int] = []

        // Scratch for the entry being counted, indexed by term number.
        private var scratchFrequency: [Double] = []
        private var scratchTitle: [Bool] = []
        private var touched: [Int] = []
        private var currentLength = 0

        mutating func add(_ terms: [Int], weight: Double, isTitle: Bool, countsTowardLength: Bool) {
            for term in terms {
                if term >= scratchFrequency.count {
                    let grown = max(term + 1, scratchFrequency.count * 2)
                    scratchFrequency += [Double](repeating: 0, count: grown - scratchFrequency.count)
                    scratchTitle += [Bool](repeating: false, count: grown - scratchTitle.count)
                }
                if scratchFrequency[term] == 0 { touched.append(term) }
                scratchFrequency[term] += weight
                if isTitle { scratchTitle[term] = true }
            }
            if countsTowardLength { currentLength += terms.count }
        }

        /// Appends `other`'s entries with term `t` renumbered `number[t]`, each entry's
        /// terms again ascending.
        mutating func append(_ other: Counted, renumbered number: [Int]) {
            var items: [(term: Int32, frequency: Float, inTitle: Bool)] = []
            for entry in 0..<other.length.count {
                items.removeAll(keepingCapacity: true)
                for k in other.start[entry]..<other.start[entry + 1] {
                    items.append((Int32(number[Int(other.term[k])]), other.frequency[k], other.inTitle[k]))
                }
                items.sort { $0.term < $1.term }
                for item in items {
                    term.append(item.term)
                    frequency.append(item.frequency)
                    inTitle.append(item.inTitle)
                }
                start.append(term.count)
                length.append(other.length[entry])
            }
        }

        mutating func finishEntry() {
            touched.sort()
            for t in touched {
                term.append(Int32(t))
                frequency.append(Float(scratchFrequency[t]))
                inTitle.append(scratchTitle[t])
                scratchFrequency[t] = 0
                scratchTitle[t] = false
            }
            touched.removeAll(keepingCapacity: true)
            start.append(term.count)
            length.append(currentLength)
            currentLength = 0
        }
    }

    /// One run of consecutive documents, tokenised on its own with its own term numbers.
    private struct Chunk {
        var terms: [String] = []
        var counted = Counted()
        var entries: [SearchIndex.Entry] = []
    }

    func build() -> Built {
        var built = Built()
        let order = pages.indices.sorted { (pages[$0].url, pages[$0].title, $0) < (pages[$1].url, pages[$1].title, $1) }
        built.pages = order.map { pages[$0] }

        // Tokenise runs of documents in parallel, then renumber their terms in run order:
        // that gives every term the number a single pass would have given it, so the
        // output does not depend on the number of cores.
        let runCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 2, order.count / 256))
        let bounds = (0...runCount).map { order.count * $0 / runCount }
        var chunks = Parallel.map(Array(0..<runCount)) { run in
            tokenise(order, from: bounds[run], to: bounds[run + 1])
        }
        var terms: [String] = []
        var numberOfTerm: [String: Int] = [:]
        var counted = Counted()
        for index in chunks.indices {
            // Each chunk is let go once merged, so the chunks and the merged table are
            // never both whole in memory.
            let chunk = chunks[index]
            chunks[index] = Chunk()
            let global = chunk.terms.map { term -> Int in
                if let known = numberOfTerm[term] { return known }
                numberOfTerm[term] = terms.count
                terms.append(term)
                return terms.count - 1
            }
            counted.append(chunk.counted, renumbered: global)
            built.entries += chunk.entries
        }

        let byTerm = postings(scoring: &counted, termCount: terms.count)
        let termOrder = terms.indices.sorted { SearchIndexBuilder.codePointOrder(terms[$0], terms[$1]) }
        built.terms = termOrder.map { terms[$0] }
        built.postings = termOrder.map { byTerm[$0] }
        return built
    }

    /// Entries and weighted term counts of the documents of `pages[order[start..<end]]`.
    private func tokenise(_ order: [Int], from start: Int, to end: Int) -> Chunk {
        var chunk = Chunk()
        var vocabulary = SearchVocabulary()
        var titleTerms: [Int] = []
        var terms: [Int] = []
        for pageIndex in start..<end {
            let document = document(order[pageIndex])
            titleTerms.removeAll(keepingCapacity: true)
            vocabulary.numbers(document.title, into: &titleTerms)

            chunk.counted.add(titleTerms, weight: options.titleBoost, isTitle: true, countsTowardLength: false)
            terms.removeAll(keepingCapacity: true)
            vocabulary.numbers(document.text, into: &terms)
            chunk.counted.add(terms, weight: 1, isTitle: false, countsTowardLength: true)
            chunk.counted.finishEntry()
            chunk.entries.append(SearchIndex.Entry(page: pageIndex, anchor: "", heading: "", snippet: snippet(document.text)))

            for section in document.headings {
                terms.removeAll(keepingCapacity: true)
                vocabulary.numbers(section.title, into: &terms)
                chunk.counted.add(terms, weight: options.headingBoost, isTitle: true, countsTowardLength: false)
                // The page title still says what the section is about, a little.
                chunk.counted.add(titleTerms, weight: 1, isTitle: false, countsTowardLength: false)
                terms.removeAll(keepingCapacity: true)
                vocabulary.numbers(section.text, into: &terms)
                chunk.counted.add(terms, weight: 1, isTitle: false, countsTowardLength: true)
                chunk.counted.finishEntry()
                chunk.entries.append(SearchIndex.Entry(page: pageIndex, anchor: section.id, heading: section.title, snippet: snippet(section.text)))
            }
        }
        chunk.terms = vocabulary.terms
        return chunk
    }

    /// BM25 per (entry, term), the per-entry cut, quantisation against the top score, and
    /// the per-term cut; postings by term number, each by ascending entry.
    /// Empties `counted` once scored, before the postings are made: the two are the
    /// largest tables of the build and need not be whole in memory together.
    private func postings(scoring counted: inout Counted, termCount: Int) -> [[SearchIndex.Posting]] {
        let entryCount = counted.length.count
        let n = Double(max(entryCount, 1))
        var documentFrequency = [Int](repeating: 0, count: termCount)
        for term in counted.term { documentFrequency[Int(term)] += 1 }
        let idf = documentFrequency.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        let averageLength = max(1, Double(counted.length.reduce(0, +)) / n)

        var keptStart = [0]
        var keptTerm: [Int32] = []
        var keptScore: [Double] = []
        keptStart.reserveCapacity(entryCount + 1)
        var top = 0.0
        var scored: [(term: Int, score: Double, inTitle: Bool)] = []
        for entry in 0..<entryCount {
            let norm = options.k1 * (1 - options.b + options.b * Double(counted.length[entry]) / averageLength)
            scored.removeAll(keepingCapacity: true)
            for k in counted.start[entry]..<counted.start[entry + 1] {
                let term = Int(counted.term[k]), tf = Double(counted.frequency[k])
                scored.append((term, idf[term] * tf * (options.k1 + 1) / (tf + norm), counted.inTitle[k]))
            }
            if scored.count > options.maxTermsPerEntry {
                // Best first; ties by term number, which is deterministic for the same input.
                scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
                for (rank, item) in scored.enumerated() where rank < options.maxTermsPerEntry || item.inTitle {
                    keptTerm.append(Int32(item.term))
                    keptScore.append(item.score)
                    top = max(top, item.score)
                }
            } else {
                for item in scored {
                    keptTerm.append(Int32(item.term))
                    keptScore.append(item.score)
                    top = max(top, item.score)
                }
            }
            keptStart.append(keptTerm.count)
        }
        if top <= 0 { top = 1 }
        counted = Counted()

        var byTerm = [[SearchIndex.Posting]](repeating: [], count: termCount)
        for entry in 0..<entryCount {
            for k in keptStart[entry]..<keptStart[entry + 1] {
                let score = min(63, max(1, Int((keptScore[k] / top * 63).rounded())))
                byTerm[Int(keptTerm[k])].append(SearchIndex.Posting(entry: entry, score: score))
            }
        }
        let limit = options.maxPostingsPerTerm
        for term in byTerm.indices where byTerm[term].count > limit {
            // A word on thousands of entries only helps through its best ones: keep the
            // `limit` best scores, the earliest entries among equal ones. Scores are 1…63,
            // so a histogram finds the cut without sorting.
            var atLeast = [Int](repeating: 0, count: 65)
            for posting in byTerm[term] { atLeast[posting.score] += 1 }
            var cut = 63
            var above = 0
            while cut > 1, above + atLeast[cut] <= limit {
                above += atLeast[cut]
                cut -= 1
            }
            var roomAtCut = limit - above
            byTerm[term] = byTerm[term].filter { posting in
                if posting.score > cut { return true }
                if posting.score == cut, roomAtCut > 0 { roomAtCut -= 1; return true }
                return false
            }
        }
        return byTerm
    }

    /// The start of `text` (`snippetLength` Unicode scalars), cut at a word boundary with an
    /// ellipsis when longer. Works on UTF-8 bytes: it runs once per entry.
    private func snippet(_ text: String) -> String {
        let limit = options.snippetLength
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        var scalars = 0
        var end = utf8.startIndex
        var lastSpace: String.Index?
        var spaceScalars = 0
        while end < utf8.endIndex {
            let c = utf8[end]
            if c & 0xC0 != 0x80 {
                if scalars == limit { break }
                scalars += 1
                if c == 0x20 { lastSpace = end; spaceScalars = scalars - 1 }
            }
            end = utf8.index(after: end)
        }
        guard end < utf8.endIndex else { return text }
        if let space = lastSpace, spaceScalars > limit / 2 { end = space }
        var cut = Substring(text.utf8[..<end])
        while let last = cut.last, last.isPunctuation || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }

    /// Sorts as JavaScript compares strings: by UTF-16 code unit.
    /// UTF-8 byte order is the same except between characters from U+E000 up and those
    /// above U+FFFF (lead bytes 0xEE and up), so bytes decide unless both have such a byte.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        if a.utf8.contains(where: { $0 >= 0xEE }) && b.utf8.contains(where: { $0 >= 0xEE }) {
            return a.utf16.lexicographicallyPrecedes(b.utf16)
        }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
