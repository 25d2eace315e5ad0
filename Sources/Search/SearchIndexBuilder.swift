import ByteText
import Foundation
import Parallel

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
        var packedTexts = TextPieces([])
    }

    /// Every entry's distinct terms with their weighted frequency, in flat arrays.
    struct Counted {
        /// `term[start[e]..<start[e + 1]]` are entry e's terms, in order of first sight
        /// (scoring keeps the same terms whatever their order).
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
        private struct Scratch {
            var frequency = 0.0
            var inTitle = false
        }
        private var scratch: [Scratch] = []
        private var touched: [Int] = []
        private var currentLength = 0

        mutating func add(_ terms: [Int], weight: Double, isTitle: Bool, countsTowardLength: Bool) {
            guard let highest = terms.max() else { return }
            if highest >= scratch.count {
                scratch += repeatElement(Scratch(), count: max(highest + 1, scratch.count * 2) - scratch.count)
            }
            Self.count(terms, weight: weight, isTitle: isTitle, in: &scratch, touched: &touched)
            if countsTowardLength { currentLength += terms.count }
        }

        /// Adds `terms` to the scratch table. A function of its own, with the table passed
        /// `inout`: its storage is checked once a call, not once a word, as it was when
        /// the loop wrote `self.scratch`.
        private static func count(
            _ terms: [Int], weight: Double, isTitle: Bool, in scratch: inout [Scratch], touched: inout [Int]
        ) {
            for term in terms {
                if scratch[term].frequency == 0 { touched.append(term) }
                scratch[term].frequency += weight
                if isTitle { scratch[term].inTitle = true }
            }
        }

        mutating func finishEntry() {
            // The entry's rows are added in one go and then filled: appending term by term
            // checked three arrays' storage every time.
            let first = term.count
            term += repeatElement(0, count: touched.count)
            frequency += repeatElement(0, count: touched.count)
            inTitle += repeatElement(false, count: touched.count)
            Self.fill(&term, &frequency, &inTitle, from: &scratch, touched: touched, at: first)
            touched.removeAll(keepingCapacity: true)
            start.append(term.count)
            length.append(currentLength)
            currentLength = 0
        }

        /// Moves the touched terms' counts from the scratch table into the rows from `first`
        /// on, and clears them from the table.
        private static func fill(
            _ term: inout [Int32], _ frequency: inout [Float], _ inTitle: inout [Bool],
            from scratch: inout [Scratch], touched: [Int], at first: Int
        ) {
            for (k, t) in touched.enumerated() {
                term[first + k] = Int32(t)
                frequency[first + k] = Float(scratch[t].frequency)
                inTitle[first + k] = scratch[t].inTitle
                scratch[t] = Scratch()
            }
        }
    }

    /// One run of consecutive documents, tokenised on its own with its own term numbers.
    struct Chunk {
        var terms: [String] = []
        var counted = Counted()
        var entries: [SearchIndex.Entry] = []
    }

    func build() -> Built {
        var built = Built()
        let order = pages.indices.sorted { (pages[$0].url, pages[$0].title, $0) < (pages[$1].url, pages[$1].title, $1) }
        built.pages = order.map { pages[$0] }

        // Tokenise runs of documents in parallel; many more runs than cores, so that the
        // last ones do not leave a core idle. Each run numbers its own terms; the global
        // numbers are given in run order, which is the number a single pass would have
        // given every term, so the output does not depend on the number of runs.
        let chunks = Parallel.mapRuns(Array(order.indices), perCore: 8, minimumLength: 128) { run in
            ChunkBox(tokenise(order, from: run.startIndex, to: run.endIndex))
        }
        var terms: [String] = []
        var numberOfTerm: [String: Int32] = [:]
        var entryStart = 0
        for box in chunks {
            box.entryOffset = entryStart
            entryStart += box.chunk.counted.length.count
            box.globalTerm = box.chunk.terms.map { term -> Int32 in
                if let known = numberOfTerm[term] { return known }
                let number = Int32(terms.count)
                numberOfTerm[term] = number
                terms.append(term)
                return number
            }
            built.entries += box.chunk.entries
            box.chunk.entries = []
            box.chunk.terms = []
        }

        // The headings and snippets are packed for the JSON while the postings are scored.
        let entries = built.entries
        let packing = Background { TextPieces(entries.flatMap { [$0.heading, $0.snippet] }) }
        let byTerm = postings(scoring: chunks, entryCount: entryStart, termCount: terms.count)
        let termOrder = terms.indices.sorted { UTF16Order.precedes(terms[$0], terms[$1]) }
        built.terms = termOrder.map { terms[$0] }
        built.postings = termOrder.map { byTerm[$0] }
        built.packedTexts = packing.value
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
                chunk.entries.append(
                    SearchIndex.Entry(page: pageIndex, anchor: section.id, heading: section.title, snippet: snippet(section.text)))
            }
        }
        chunk.terms = vocabulary.terms
        return chunk
    }

    /// The start of `text` (`snippetLength` Unicode scalars), cut at a word boundary with an
    /// ellipsis when longer (`TextCut.snippet`).
    private func snippet(_ text: String) -> String {
        TextCut.snippet(text, scalars: options.snippetLength)
    }
}
