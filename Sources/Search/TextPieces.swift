import ByteText
import Parallel

/// Packs the index's headings and snippets against one shared table of *pieces*: a word
/// (a run of ASCII letters and digits and non-ASCII bytes) with the punctuation and spaces
/// after it. A text becomes the list of its pieces' numbers, written as `PostingEncoding`
/// writes gaps (base 32, upper-half digits continue), commonest pieces first so that most
/// take one character. Playbook prose repeats a small vocabulary, so this is several
/// times smaller than the text and still needs no escaping. Joining the pieces gives the
/// text back exactly.
struct TextPieces {
    /// Pieces by number.
    private(set) var table: [String] = []
    /// Each text as piece numbers.
    private(set) var codes: [String] = []

    init(_ texts: [String]) {
        // Runs of texts are cut into pieces in parallel, each numbering its own pieces;
        // the global numbers are given in run order, as one pass would give them.
        let runs = Parallel.mapRuns(texts, perCore: 4, minimumLength: 1024) { Run($0) }
        var numberOfPiece: [String: Int] = [:]
        var pieces: [String] = []
        var counts: [Int] = []
        let global = runs.map { run in
            run.pieces.indices.map { local -> Int in
                let piece = run.pieces[local]
                if let known = numberOfPiece[piece] {
                    counts[known] += run.counts[local]
                    return known
                }
                numberOfPiece[piece] = pieces.count
                pieces.append(piece)
                counts.append(run.counts[local])
                return pieces.count - 1
            }
        }
        // Commonest first; ties by code unit order, so the same texts give the same table.
        let order = pieces.indices.sorted {
            counts[$0] != counts[$1] ? counts[$0] > counts[$1] : UTF16Order.precedes(pieces[$0], pieces[$1])
        }
        var ranks = [Int](repeating: 0, count: pieces.count)
        for (position, piece) in order.enumerated() { ranks[piece] = position }
        let rank = ranks
        table = order.map { pieces[$0] }
        codes = Parallel.map(Array(runs.indices)) { index in
            let run = runs[index]
            let global = global[index]
            var out: [UInt8] = []
            return run.ends.indices.map { text in
                out.removeAll(keepingCapacity: true)
                for local in run.numbers[(text == 0 ? 0 : run.ends[text - 1])..<run.ends[text]] {
                    Self.append(rank[global[Int(local)]], to: &out)
                }
                return String(decoding: out, as: UTF8.self)
            }
        }.flatMap { $0 }
    }

    /// One run of texts cut into pieces, numbered in order of first sight within the run.
    private struct Run: Sendable {
        var pieces: [String] = []
        var counts: [Int] = []
        /// The pieces' numbers of all the run's texts, one after another: text t's are
        /// `numbers[ends[t - 1]..<ends[t]]`. One array, not one per text.
        var numbers: [Int32] = []
        var ends: [Int] = []

        init(_ texts: ArraySlice<String>) {
            var numbering = PieceNumbering(isWordByte: SearchTokenizer.isWordByte)
            ends.reserveCapacity(texts.count)
            for text in texts {
                numbering.numbers(text, into: &numbers)
                ends.append(numbers.count)
            }
            pieces = numbering.pieces
            counts = numbering.counts
        }
    }

    private static func append(_ value: Int, to out: inout [UInt8]) {
        var value = value
        while value >= 32 {
            out.append(PostingEncoding.alphabetBytes[32 + value % 32])
            value /= 32
        }
        out.append(PostingEncoding.alphabetBytes[value])
    }

    /// The inverse of the encoding, for tests: the text of `code`, or nil when malformed.
    func decode(_ code: String) -> String? {
        var out = ""
        var value = 0
        var place = 1
        for byte in code.utf8 {
            guard let v = PostingEncoding.alphabetBytes.firstIndex(of: byte) else { return nil }
            if v >= 32 {
                value += (v - 32) * place
                place *= 32
            } else {
                value += v * place
                guard value < table.count else { return nil }
                out += table[value]
                value = 0
                place = 1
            }
        }
        return place == 1 ? out : nil
    }
}
