/// Numbers the terms of the texts it reads, working on UTF-8 bytes: each distinct word is
/// folded, filtered and stemmed once (through `SearchTokenizer.term(forWord:)`, so the
/// rules stay in one place) and remembered in a `WordTable`; every later sight of the word
/// is a table look-up. Terms are numbered in order of first sight.
struct SearchVocabulary {
    private(set) var terms: [String] = []
    private var numberOfTerm: [String: Int] = [:]
    /// Folded word bytes → term number, or -1 when not indexed.
    private var words = WordTable()

    /// Appends the term numbers of `text`, in order, to `out`.
    mutating func numbers(_ text: String, into out: inout [Int]) {
        var text = text
        text.withUTF8 { bytes in
            Self.fold.withUnsafeBufferPointer { fold in numbers(bytes, into: &out, fold: fold) }
        }
    }

    /// What each byte is to a word: 0 for a byte that separates words
    /// (`SearchTokenizer.isWordByte` is false), the lowercase letter for an ASCII letter,
    /// and the byte itself for a digit or any byte of a non-ASCII character.
    private static let fold: [UInt8] = (0...255).map { code in
        let c = UInt8(code)
        guard SearchTokenizer.isWordByte(c) else { return 0 }
        return (0x41...0x5A).contains(c) ? c | 0x20 : c
    }

    /// `numbers` over UTF-8 `bytes`, one table look-up a byte.
    private mutating func numbers(
        _ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Int],
        fold: UnsafeBufferPointer<UInt8>
    ) {
        var i = 0
        let count = bytes.count
        while i < count {
            while i < count, fold[Int(bytes[i])] == 0 { i += 1 }
            // A word: ASCII is lowercased and hashed as it is read; a non-ASCII byte
            // (its high bit lands in `high`) sends the word the slow way.
            let start = i
            var high: UInt8 = 0
            var hash = WordTable.initialHash
            while i < count {
                let folded = fold[Int(bytes[i])]
                if folded == 0 { break }
                high |= folded
                hash = WordTable.mix(hash, folded)
                i += 1
            }
            let length = i - start
            if length == 0 { continue }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
            if high >= 0x80 {
                // Rare: fold and split by Unicode rules.
                for word in SearchTokenizer.words(String(decoding: word, as: UTF8.self)) {
                    var word = word
                    let number = word.withUTF8 { folded in
                        words.value(of: folded, hash: WordTable.hash(folded)) ?? learn(folded, hash: WordTable.hash(folded))
                    }
                    if number >= 0 { out.append(number) }
                }
                continue
            }
            // Too long to be indexed.
            if length > SearchTokenizer.maximumWordLength { continue }
            let number =
                words.value(of: word, folding: fold, hash: hash)
                ?? learnFolding(word, fold: fold, hash: hash)
            if number >= 0 { out.append(number) }
        }
    }

    /// `learn` for a word as it is in the text, ASCII not yet lowercased.
    private mutating func learnFolding(
        _ word: UnsafeBufferPointer<UInt8>, fold: UnsafeBufferPointer<UInt8>,
        hash: UInt64
    ) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { folded in
            for k in 0..<word.count { folded[k] = fold[Int(word[k])] }
            return learn(UnsafeBufferPointer(folded), hash: hash)
        }
    }

    /// Numbers a folded word seen for the first time: its term's number, or -1.
    private mutating func learn(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var number = -1
        if let term = SearchTokenizer.term(forWord: String(decoding: word, as: UTF8.self)) {
            if let existing = numberOfTerm[term] {
                number = existing
            } else {
                number = terms.count
                numberOfTerm[term] = number
                terms.append(term)
            }
        }
        words.insert(word, hash: hash, value: number)
        return number
    }
}
