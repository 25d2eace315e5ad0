/// Numbers the words of UTF-8 texts in one pass over their bytes. A word is a run of bytes
/// that `isWordByte` accepts, its ASCII letters lowercased. The first sight of a word asks
/// the `WordLearner` for its number (or -1: not counted); the table remembers the answer
/// by the word's bytes, so every later sight is a hash and a compare, and no `String` is
/// made. A run holding a non-ASCII byte is split by the learner's own (Unicode) rules,
/// each of its words remembered the same way.
package struct WordNumbering {
    /// What each byte is to a word: 0 for a byte that separates words, the lowercase
    /// letter for an ASCII letter, and the byte itself for any other word byte.
    private let fold: [UInt8]
    /// ASCII words longer than this many bytes are skipped without a look-up.
    private let maximumLength: Int
    private var table = WordTable()

    package init(isWordByte: (UInt8) -> Bool, maximumLength: Int) {
        fold = (0...255).map { code in
            let c = UInt8(code)
            guard isWordByte(c) else { return 0 }
            return (0x41...0x5A).contains(c) ? c | 0x20 : c
        }
        self.maximumLength = maximumLength
    }

    /// Appends the numbers of the words of `text`, in order, to `out`; words numbered -1
    /// are left out.
    package mutating func numbers<Learner: WordLearner>(_ text: String, into out: inout [Int], learner: inout Learner) {
        var text = text
        text.withUTF8 { bytes in
            fold.withUnsafeBufferPointer { fold in numbers(bytes, into: &out, fold: fold, learner: &learner) }
        }
    }

    /// `numbers` over UTF-8 `bytes`, one table look-up a byte.
    private mutating func numbers<Learner: WordLearner>(
        _ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Int],
        fold: UnsafeBufferPointer<UInt8>, learner: inout Learner
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
                // Rare: the learner folds and splits it by its own rules.
                for word in learner.words(ofNonASCII: String(decoding: word, as: UTF8.self)) {
                    var word = word
                    let number = word.withUTF8 { folded in
                        let hash = WordTable.hash(folded)
                        return table.value(of: folded, hash: hash) ?? learn(folded, hash: hash, learner: &learner)
                    }
                    if number >= 0 { out.append(number) }
                }
                continue
            }
            if length > maximumLength { continue }
            let number =
                table.value(of: word, folding: fold, hash: hash)
                ?? learnFolding(word, fold: fold, hash: hash, learner: &learner)
            if number >= 0 { out.append(number) }
        }
    }

    /// `learn` for a word as it is in the text, ASCII not yet lowercased.
    private mutating func learnFolding<Learner: WordLearner>(
        _ word: UnsafeBufferPointer<UInt8>, fold: UnsafeBufferPointer<UInt8>,
        hash: UInt64, learner: inout Learner
    ) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { folded in
            for k in 0..<word.count { folded[k] = fold[Int(word[k])] }
            return learn(UnsafeBufferPointer(folded), hash: hash, learner: &learner)
        }
    }

    /// Asks the learner for the number of a folded word seen for the first time, and
    /// remembers it.
    private mutating func learn<Learner: WordLearner>(
        _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, learner: inout Learner
    ) -> Int {
        let number = learner.number(ofNewWord: String(decoding: word, as: UTF8.self))
        table.insert(word, hash: hash, value: number)
        return number
    }
}

/// What `WordNumbering` asks about words it has not seen: their numbers, and how to split
/// a run of word bytes with non-ASCII text into folded words.
package protocol WordLearner {
    /// The number of a folded word seen for the first time, or -1 when it is not counted.
    /// Asked once per distinct word.
    mutating func number(ofNewWord word: String) -> Int
    /// The folded words of `text`, a run of word bytes holding a non-ASCII character.
    func words(ofNonASCII text: String) -> [String]
}
