/// Maps the UTF-8 bytes of a word to a number without making a `String` for every word:
/// an open-addressing hash table over one byte arena. Words repeat far more than they
/// vary, so after the first sight of a word each further one costs a hash and a compare.
struct WordTable {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private(set) var values: [Int] = []
    /// Slot → word number, -1 when empty; the count is a power of two.
    private var slots = [Int](repeating: -1, count: 1 << 12)

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
    func value(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let word = slots[slot]
            if word < 0 { return nil }
            if hashes[word] == hash, lengths[word] == bytes.count, matches(word, bytes) { return values[word] }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `bytes`, which must not be in the table yet.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int) {
        if (values.count + 1) * 2 > slots.count { grow() }
        let word = values.count
        starts.append(arena.count)
        lengths.append(bytes.count)
        arena.append(contentsOf: bytes)
        hashes.append(hash)
        values.append(value)
        place(word)
    }

    private func matches(_ word: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[word]
        for k in 0..<bytes.count where arena[start + k] != bytes[k] { return false }
        return true
    }

    private mutating func place(_ word: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[word]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = word
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        for word in values.indices { place(word) }
    }
}
