import ByteText
import Foundation
import Parallel

/// One tokenised run on its way through the build. A reference, so that the parallel
/// scoring can let each run's counts go as soon as they are scored: the counts and the
/// scores of the whole site are never all in memory together.
final class ChunkBox: @unchecked Sendable {
    var chunk: SearchIndexBuilder.Chunk
    /// The global number of each of the run's own terms.
    var globalTerm: [Int32] = []
    /// The number, among all entries, of the run's first entry.
    var entryOffset = 0

    init(_ chunk: SearchIndexBuilder.Chunk) { self.chunk = chunk }
}

extension SearchIndexBuilder {
    /// One run's entries after the per-entry cut: `term[start[e]..<start[e + 1]]` are the
    /// terms entry e keeps (global numbers), with their BM25 scores.
    private struct Kept: Sendable {
        var start: [Int] = [0]
        var term: [Int32] = []
        var score: [Double] = []
        var top = 0.0
    }

    /// BM25 per (entry, term), the per-entry cut, quantisation against the top score, and
    /// the per-term cut; postings by global term number, each by ascending entry.
    /// Runs are scored in parallel. Every sum is of integers and the top score is a
    /// maximum, so the result is the same however the entries are split into runs.
    func postings(scoring chunks: [ChunkBox], entryCount: Int, termCount: Int) -> [[SearchIndex.Posting]] {
        let n = Double(max(entryCount, 1))
        let counts = Parallel.map(chunks) { box -> (frequency: [Int], length: Int) in
            var frequency = [Int](repeating: 0, count: box.globalTerm.count)
            for term in box.chunk.counted.term { frequency[Int(term)] += 1 }
            return (frequency, box.chunk.counted.length.reduce(0, +))
        }
        var documentFrequency = [Int](repeating: 0, count: termCount)
        var totalLength = 0
        for (box, count) in zip(chunks, counts) {
            for (local, frequency) in count.frequency.enumerated() { documentFrequency[Int(box.globalTerm[local])] += frequency }
            totalLength += count.length
        }
        let idf = documentFrequency.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        let averageLength = max(1, Double(totalLength) / n)

        let kept = Parallel.map(chunks) { box -> Kept in
            let counted = box.chunk.counted
            box.chunk.counted = Counted()
            return keep(counted, globalTerm: box.globalTerm, idf: idf, averageLength: averageLength)
        }
        let highest = kept.reduce(0) { max($0, $1.top) }
        let top = highest > 0 ? highest : 1

        // Quantised in parallel; gathered by term in entry order.
        let quantised = Parallel.map(kept) { part in
            part.score.map { score in UInt8(min(63, max(1, Int((score / top * 63).rounded())))) }
        }
        var perTerm = [Int](repeating: 0, count: termCount)
        for part in kept { for term in part.term { perTerm[Int(term)] += 1 } }
        // A common word's postings are cut before they are gathered, not after: on a big
        // site nearly every entry holds one, and gathering them all first held every
        // posting of the site at once (about 25 million at 100,000 pages; peak memory
        // fell by 0.3 GB when this changed) only to drop most of them.
        var cuts = PostingCuts(perTerm: perTerm, limit: options.maxPostingsPerTerm)
        for (part, scores) in zip(kept, quantised) { cuts.count(terms: part.term, scores: scores) }
        cuts.findCuts()
        var byTerm = perTerm.map { count -> [SearchIndex.Posting] in
            var postings: [SearchIndex.Posting] = []
            postings.reserveCapacity(min(count, options.maxPostingsPerTerm))
            return postings
        }
        for (index, part) in kept.enumerated() {
            let offset = chunks[index].entryOffset
            let scores = quantised[index]
            for local in 0..<(part.start.count - 1) {
                for k in part.start[local]..<part.start[local + 1] {
                    let term = Int(part.term[k])
                    guard cuts.keeps(term: term, score: scores[k]) else { continue }
                    byTerm[term].append(SearchIndex.Posting(entry: offset + local, score: Int(scores[k])))
                }
            }
        }
        return byTerm
    }

    /// Scores the entries of one run and keeps each one's `maxTermsPerEntry` best terms
    /// (by score, then by term number), plus any term of its title or heading.
    private func keep(_ counted: Counted, globalTerm: [Int32], idf: [Double], averageLength: Double) -> Kept {
        var start = [0]
        start.reserveCapacity(counted.length.count + 1)
        // Every row might stay: the arrays are made at full size, filled through spans up
        // to `write`, and cut to it at the end.
        var terms = [Int32](repeating: 0, count: counted.term.count)
        var termScores = [Double](repeating: 0, count: counted.term.count)
        let limit = options.maxTermsPerEntry
        let k1 = options.k1
        let b = options.b
        var scores: [Double] = []
        var tiedTerms: [Int32] = []
        var write = 0
        var top = 0.0
        do {
            var keptTerm = terms.mutableSpan
            var keptScore = termScores.mutableSpan
            for entry in 0..<counted.length.count {
                let norm = k1 * (1 - b + b * Double(counted.length[entry]) / averageLength)
                let first = write
                for k in counted.start[entry]..<counted.start[entry + 1] {
                    let term = globalTerm[Int(counted.term[k])]
                    let tf = Double(counted.frequency[k])
                    keptTerm[write] = term
                    keptScore[write] = idf[Int(term)] * tf * (k1 + 1) / (tf + norm)
                    write += 1
                }
                if write - first > limit {
                    // Only which terms are kept matters, not their order: the cut is
                    // the limit-th best score; above it every term stays, at it the
                    // lowest term numbers fill what room is left, and title terms
                    // always stay.
                    scores.removeAll(keepingCapacity: true)
                    for k in first..<write { scores.append(keptScore[k]) }
                    let cut = Selection.largest(limit, in: &scores)
                    var room = limit - scores.reduce(0) { $0 + ($1 > cut ? 1 : 0) }
                    tiedTerms.removeAll(keepingCapacity: true)
                    for k in first..<write where keptScore[k] == cut { tiedTerms.append(keptTerm[k]) }
                    tiedTerms.sort()
                    let lastTied = tiedTerms[room - 1]
                    var end = first
                    for k in first..<write {
                        let score = keptScore[k]
                        let term = keptTerm[k]
                        var keeps = score > cut || counted.inTitle[counted.start[entry] + k - first]
                        if !keeps, score == cut, term <= lastTied, room > 0 {
                            keeps = true
                            room -= 1
                        }
                        guard keeps else { continue }
                        keptTerm[end] = term
                        keptScore[end] = score
                        end += 1
                    }
                    write = end
                }
                for k in first..<write { top = max(top, keptScore[k]) }
                start.append(write)
            }
        }
        terms.removeSubrange(write...)
        termScores.removeSubrange(write...)
        return Kept(start: start, term: terms, score: termScores, top: top)
    }
}

/// The per-term cut: a word on thousands of entries only helps through its best ones, the
/// `limit` best scores, the earliest entries among equal ones. Scores are 1…63, so a
/// histogram per common term finds the cut without sorting, before anything is gathered.
struct PostingCuts {
    private let limit: Int
    /// For each term, its row in `histogram`, or -1 when all its postings stay.
    private var row: [Int32]
    /// 64 counts per common term: how many of its postings have each score.
    private var histogram: [Int32]
    /// Per common term: the lowest score kept, and how many postings at it still fit.
    private var cut: [UInt8] = []
    private var roomAtCut: [Int32] = []

    init(perTerm: [Int], limit: Int) {
        self.limit = limit
        var common: Int32 = 0
        row = perTerm.map { count in
            guard count > limit else { return -1 }
            defer { common += 1 }
            return common
        }
        histogram = [Int32](repeating: 0, count: Int(common) * 64)
    }

    mutating func count(terms: [Int32], scores: [UInt8]) {
        for (term, score) in zip(terms, scores) {
            let r = row[Int(term)]
            if r >= 0 { histogram[Int(r) * 64 + Int(score)] += 1 }
        }
    }

    /// Turns the histograms into cuts; call once, after every posting was counted.
    mutating func findCuts() {
        let common = histogram.count / 64
        cut = [UInt8](repeating: 0, count: common)
        roomAtCut = [Int32](repeating: 0, count: common)
        for r in 0..<common {
            var score = 63
            var above = 0
            while score > 1, above + Int(histogram[r * 64 + score]) <= limit {
                above += Int(histogram[r * 64 + score])
                score -= 1
            }
            cut[r] = UInt8(score)
            roomAtCut[r] = Int32(limit - above)
        }
    }

    /// Whether the posting of `term` with `score` stays; asked in entry order, since the
    /// earliest entries fill the room at the cut.
    mutating func keeps(term: Int, score: UInt8) -> Bool {
        let r = Int(row[term])
        guard r >= 0, score <= cut[r] else { return true }
        guard score == cut[r], roomAtCut[r] > 0 else { return false }
        roomAtCut[r] -= 1
        return true
    }
}
