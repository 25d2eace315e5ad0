/// Maps the UTF-8 bytes of a word to a number without making a `String` for every word:
/// an open-addressing hash table over one byte arena. Words repeat far more than they
/// vary, so after the first sight of a word each further one costs a hash and a compare.
/// The table behind `WordNumbering` and `PieceNumbering`.
struct WordTable {
    /// Where a word's bytes are in the arena, with its hash to skip most compares.
    private struct Word {
        var hash: UInt64
        var start: Int32
        var length: Int32
    }

    private var arena: [UInt8] = []
    private var words: [Word] = []
    private(set) var values: [Int] = []
    /// Slot → word number, -1 when empty; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 1 << 12)

    /// FNV-1a over `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = initialHash
        for c in bytes { h = mix(h, c) }
        return h
    }

    /// FNV-1a's start, and one byte of it, for callers that hash while they read.
    static let initialHash: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// The value stored for `bytes`, or nil.
    @inline(__always)
    func value(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        find(hash: hash, length: bytes.count) { stored in
            for k in 0..<bytes.count where stored[k] != bytes[k] { return false }
            return true
        }
    }

    /// The value stored for the bytes `fold` maps `bytes` to, or nil. Saves the caller a
    /// copy: a word is looked up as it is in the text and folded byte by byte as it is
    /// compared (`hash` must be the hash of the folded bytes).
    @inline(__always)
    func value(of bytes: UnsafeBufferPointer<UInt8>, folding fold: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        find(hash: hash, length: bytes.count) { stored in
            for k in 0..<bytes.count where stored[k] != fold[Int(bytes[k])] { return false }
            return true
        }
    }

    @inline(__always)
    private func find(hash: UInt64, length: Int, _ matches: (UnsafePointer<UInt8>) -> Bool) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            words.withUnsafeBufferPointer { words in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let index = Int(slots[slot])
                        if index < 0 { return nil }
                        let word = words[index]
                        // An arena of empty words only has no address; nothing is read then.
                        if word.hash == hash, Int(word.length) == length,
                            matches((arena.baseAddress ?? UnsafePointer(bitPattern: 1)!) + Int(word.start))
                        {
                            return values[index]
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Stores `value` for `bytes`, which must not be in the table yet.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int) {
        if (values.count + 1) * 2 > slots.count { grow() }
        words.append(Word(hash: hash, start: Int32(arena.count), length: Int32(bytes.count)))
        arena.append(contentsOf: bytes)
        values.append(value)
        place(words.count - 1)
    }

    private mutating func place(_ word: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: words[word].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(word)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for word in words.indices { place(word) }
    }
}
