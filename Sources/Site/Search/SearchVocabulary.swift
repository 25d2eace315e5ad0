/// Numbers the terms of the texts it reads, working on UTF-8 bytes: each distinct word is
/// folded, filtered and stemmed once (through `SearchTokenizer.term(forWord:)`, so the
/// rules stay in one place) and remembered in a `WordTable`; every later sight of the word
/// is a table look-up. Terms are numbered in order of first sight.
struct SearchVocabulary {
    private(set) var terms: [String] = []
    private var numberOfTerm: [String: Int] = [:]
    /// Raw word bytes (ASCII already lowercased) → term number, or -1 when not indexed.
    private var words = WordTable()

    /// Appends the term numbers of `text`, in order, to `out`.
    mutating func numbers(_ text: String, into out: inout [Int]) {
        var text = text
        text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: SearchTokenizer.maximumWordLength) { folded in
                numbers(bytes, into: &out, folded: folded)
            }
        }
    }

    /// `numbers` over UTF-8 `bytes`; `folded` is room for one lowercased word.
    private mutating func numbers(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Int],
                                  folded: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        let count = bytes.count
        while i < count {
            // A run of ASCII letters and digits and non-ASCII bytes: ASCII punctuation
            // and spaces separate words whatever the Unicode rules say. ASCII words are
            // lowercased and hashed in the same pass.
            while i < count, !Self.isRunByte(bytes[i]) { i += 1 }
            let start = i
            var isASCII = true
            var hash = WordTable.initialHash
            while i < count, Self.isRunByte(bytes[i]) {
                let c = bytes[i]
                if c >= 0x80 { isASCII = false }
                let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                if i - start < folded.count { folded[i - start] = lower }
                hash = WordTable.mix(hash, lower)
                i += 1
            }
            let length = i - start
            if length == 0 { continue }
            guard isASCII else {
                // Rare: fold and split by Unicode rules.
                let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                for word in SearchTokenizer.words(run) {
                    var word = word
                    let number = word.withUTF8 { folded -> Int in self.number(of: folded, hash: WordTable.hash(folded)) }
                    if number >= 0 { out.append(number) }
                }
                continue
            }
            // Too long to be indexed.
            if length > SearchTokenizer.maximumWordLength { continue }
            let number = self.number(of: UnsafeBufferPointer(rebasing: folded[0..<length]), hash: hash)
            if number >= 0 { out.append(number) }
        }
    }

    private static func isRunByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
    }

    /// The term number of one folded word, or -1.
    private mutating func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        if let known = words.value(of: word, hash: hash) { return known }
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
