/// Finding the next of a few bytes in text eight bytes at a time: escaping HTML and
/// reading it back both spend most of their time skipping text that holds none of them.
public enum ByteScan {
    /// Whether any UTF-8 byte of `text` passes `test`, read in place: `text.utf8.contains`
    /// steps through a string's bytes one generic call at a time, several times slower on
    /// paths asked about for every link of every page.
    @inlinable
    public static func contains(in text: String, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }

    /// The sum of `weights[byte]` over the UTF-8 bytes of `text`, read in place; nil when
    /// `text` holds a non-ASCII byte or its bytes are not contiguous (the caller then goes
    /// the Unicode way). `weights` must have at least 128 entries. Text measurement sums a
    /// font's advance widths this way for every label of every chart.
    @inlinable
    public static func asciiTotal(of text: some StringProtocol, weights: [UInt16]) -> Int? {
        let total: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            weights.withUnsafeBufferPointer { weights in
                var total = 0
                for byte in bytes {
                    if byte >= 0x80 { return nil }
                    total += Int(weights[Int(byte)])
                }
                return total
            }
        }
        return total ?? nil
    }

    /// The index of the first byte at or after `start` in `bytes` that is one of
    /// `needles` (repeat one to look for fewer), or `bytes.count` if there is none.
    @inlinable
    public static func firstIndex(
        ofAnyOf needles: (UInt8, UInt8, UInt8, UInt8, UInt8),
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        // Below 0 is nothing: the test folds away.
        firstIndex(ofAnyOf: needles, orBelow: 0, in: bytes, from: start)
    }

    /// The index of the first byte at or after `start` that is one of `needles` or less
    /// than `limit` (at most 128: control characters, with 32; 0 for none), or `bytes.count`.
    @inlinable
    public static func firstIndex(
        ofAnyOf needles: (UInt8, UInt8, UInt8, UInt8, UInt8), orBelow limit: UInt8,
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        precondition(limit <= 128, "the word test below only holds for limits up to 128")
        var i = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            func zeros(_ word: UInt64, _ c: UInt8) -> UInt64 {
                let x = word ^ (UInt64(c) &* ones)
                return (x &- ones) & ~x
            }
            // A byte of `word ^ c * ones` is zero where `word` holds c. `(x - ones) & ~x`
            // flags zero bytes, and `(word - limit * ones) & ~word` bytes below `limit`; the
            // lowest flag of each is always a real one (borrows only flag bytes above a
            // match), so the lowest flag of all the tests is the first match.
            let below = UInt64(limit) &* ones
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let found =
                    (zeros(word, needles.0) | zeros(word, needles.1) | zeros(word, needles.2)
                        | zeros(word, needles.3) | zeros(word, needles.4) | ((word &- below) & ~word)) & highs
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < count {
            let c = bytes[i]
            if c < limit || c == needles.0 || c == needles.1 || c == needles.2 || c == needles.3 || c == needles.4 {
                return i
            }
            i += 1
        }
        return i
    }
}
