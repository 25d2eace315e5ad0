import Foundation

/// Looks for many byte strings at once in a text and finds the first that stands whole:
/// as a word (not inside a longer word or number) or, for patterns added as cells, as a
/// whole cell of a table (CSV or a worksheet's XML). The privacy guard runs every output
/// through it, so most places are passed over on one bit test.
public struct WholeMatchSearch: Sendable {
    /// How a pattern must stand in the text to count.
    public enum Boundary: Sendable {
        /// Not continued by a letter or digit on either side.
        case word
        /// Between cell edges (`,` `;` tab, a line break, a quote, `>` `<`); looked for only
        /// when the search is told the text is a table.
        case cell
    }

    private struct Pattern: Sendable {
        var bytes: [UInt8]
        var boundary: Boundary
    }

    private var patterns: [Pattern] = []
    /// Patterns shorter than eight bytes by their first three bytes.
    private var byPrefix: [UInt32: [Int]] = [:]
    /// Longer patterns by their first eight: names share first names, and a common first
    /// name in a page must not mean comparing it with everyone who has it.
    private var byLongPrefix: [UInt64: [Int]] = [:]
    /// One bit per hashed three-byte prefix that some pattern starts with.
    private var prefixBits: [UInt64] = []
    private static let prefixHashBits: UInt32 = 20

    /// The shortest pattern looked for: shorter ones match everywhere.
    public static let minimumLength = 3

    public init() {}

    public var isEmpty: Bool { patterns.isEmpty }

    /// Adds `bytes` and answers its number for `firstMatch` (0, 1, 2… in the order patterns
    /// are taken), or nil when it is too short to be looked for.
    @discardableResult
    public mutating func add(_ bytes: [UInt8], boundary: Boundary) -> Int? {
        guard bytes.count >= Self.minimumLength else { return nil }
        let prefix = Self.prefix(bytes, at: 0)
        if bytes.count >= 8 {
            byLongPrefix[Self.longPrefix(bytes, at: 0), default: []].append(patterns.count)
        } else {
            byPrefix[prefix, default: []].append(patterns.count)
        }
        if prefixBits.isEmpty { prefixBits = [UInt64](repeating: 0, count: 1 << (Self.prefixHashBits - 6)) }
        let bit = Self.hash(prefix)
        prefixBits[Int(bit >> 6)] |= 1 << UInt64(bit & 63)
        patterns.append(Pattern(bytes: bytes, boundary: boundary))
        return patterns.count - 1
    }

    /// The number of the first pattern found whole in `data`; cell patterns count only
    /// when `isTable`.
    public func firstMatch(in data: Data, isTable: Bool) -> Int? {
        guard !patterns.isEmpty, data.count >= Self.minimumLength else { return nil }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for index in 0...(bytes.count - Self.minimumLength) {
                let prefix = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                let bit = Self.hash(prefix)
                guard prefixBits[Int(bit >> 6)] & (1 << UInt64(bit & 63)) != 0 else { continue }
                var candidates = byPrefix[prefix] ?? []
                if index + 8 <= bytes.count, let long = byLongPrefix[Self.longPrefix(bytes, at: index)] { candidates += long }
                for candidate in candidates {
                    let pattern = patterns[candidate]
                    if pattern.boundary == .cell, !isTable { continue }
                    if matches(pattern, in: bytes, at: index) { return candidate }
                }
            }
            return nil
        }
    }

    /// Fibonacci hashing of a prefix onto `prefixHashBits` bits.
    private static func hash(_ prefix: UInt32) -> UInt32 { (prefix &* 2_654_435_769) >> (32 - prefixHashBits) }

    private static func longPrefix(_ bytes: some RandomAccessCollection<UInt8>, at index: Int) -> UInt64 {
        var key: UInt64 = 0
        var position = bytes.index(bytes.startIndex, offsetBy: index)
        for _ in 0..<8 {
            key = key << 8 | UInt64(bytes[position])
            position = bytes.index(after: position)
        }
        return key
    }

    private static func prefix(_ bytes: some RandomAccessCollection<UInt8>, at index: Int) -> UInt32 {
        let start = bytes.index(bytes.startIndex, offsetBy: index)
        return UInt32(bytes[start]) << 16 | UInt32(bytes[bytes.index(after: start)]) << 8
            | UInt32(bytes[bytes.index(start, offsetBy: 2)])
    }

    private func matches(_ pattern: Pattern, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let end = start + pattern.bytes.count
        guard end <= bytes.count else { return false }
        for offset in 0..<pattern.bytes.count where bytes[start + offset] != pattern.bytes[offset] { return false }
        let before: UInt8? = start > 0 ? bytes[start - 1] : nil
        let after: UInt8? = end < bytes.count ? bytes[end] : nil
        switch pattern.boundary {
        case .cell:
            return Self.isCellEdge(before) && Self.isCellEdge(after)
        case .word:
            return !Self.continues(pattern.bytes.first!, into: before, beyond: start >= 2 ? bytes[start - 2] : nil)
                && !Self.continues(pattern.bytes.last!, into: after, beyond: end + 1 < bytes.count ? bytes[end + 1] : nil)
        }
    }

    /// Whether `neighbour` (with `next` beyond it) carries on the word or number that
    /// `edge` ends: a letter beside a letter, a digit (or `.`/`,` then a digit) beside a digit.
    private static func continues(_ edge: UInt8, into neighbour: UInt8?, beyond next: UInt8?) -> Bool {
        guard let neighbour else { return false }
        if isDigit(edge) {
            if isDigit(neighbour) { return true }
            return (neighbour == UInt8(ascii: ".") || neighbour == UInt8(ascii: ",")) && next.map(isDigit) == true
        }
        if isWord(edge) { return isWord(neighbour) }
        return false
    }

    /// A cell's edge in CSV (`,` `;` tab, a line break, a quote) or a worksheet (`>` `<`).
    private static func isCellEdge(_ byte: UInt8?) -> Bool {
        guard let byte else { return true }
        return [0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x22, 0x3E, 0x3C].contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
    private static func isWord(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }
}
