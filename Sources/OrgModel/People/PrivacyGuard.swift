import ByteText
import Diagnostics
import Foundation

/// The one check every writer makes before an output leaves Orgbook: that it holds none
/// of the values the charts it draws mark `private:`. The models already leave those
/// values out; this proves it for the bytes actually written, whatever template or writer
/// made them.
///
/// Text (a name, a title, an attribute) is looked for as written and markup-escaped, as a
/// whole word. A number is looked for as Orgbook writes one value: grouped (`52,003`)
/// anywhere, and plain (`52003`) as a whole cell in CSV and Excel outputs only, since
/// drawings are full of plain numbers that are coordinates. Rounded forms (`€52k`) are
/// not looked for: sums share them. Values shorter than three bytes are not looked for
/// either: they match everywhere.
public struct PrivacyGuard: Sendable {
    /// Where a private value was found.
    public struct Leak: Sendable, Hashable {
        /// The private field (`name`, `cost`, an attribute).
        public var field: String
    }

    private struct Pattern: Sendable {
        var bytes: [UInt8]
        var field: String
        /// Matched only as a whole cell of a table (CSV, a worksheet).
        var cellOnly: Bool
    }

    private var patterns: [Pattern] = []
    /// Patterns shorter than eight bytes by their first three bytes.
    private var byPrefix: [UInt32: [Int]] = [:]
    /// Longer patterns by their first eight: names share first names, and a common first
    /// name in a page must not mean comparing it with everyone who has it.
    private var byLongPrefix: [UInt64: [Int]] = [:]
    /// One bit per hashed three-byte prefix that some pattern starts with: most places in
    /// an output are passed over on one bit test, not a dictionary lookup.
    private var prefixBits: [UInt64] = []
    private static let prefixHashBits: UInt32 = 20
    private let origins: [String]

    public init(_ values: PrivateValues) {
        origins = values.origins.sorted()
        for (text, field) in values.texts {
            add(Array(text.utf8), field: field, cellOnly: false)
            // Orgbook's markup writes `&#39;`; XML written by other tools may use `&apos;`.
            let escaped = MarkupEscaping.escape(text)
            for form in Set([escaped, escaped.replacingOccurrences(of: "&#39;", with: "&apos;")]) where form != text {
                add(Array(form.utf8), field: field, cellOnly: false)
            }
        }
        for (value, field) in values.numbers {
            add(Array(MeasureFormat.grouped(value).utf8), field: field, cellOnly: false)
            add(Array(ExcelDate.plainNumber("\(value)").utf8), field: field, cellOnly: true)
        }
    }

    public var isEmpty: Bool { patterns.isEmpty }

    private mutating func add(_ bytes: [UInt8], field: String, cellOnly: Bool) {
        guard bytes.count >= 3 else { return }
        let prefix = Self.prefix(bytes, at: 0)
        if bytes.count >= 8 {
            byLongPrefix[Self.longPrefix(bytes, at: 0), default: []].append(patterns.count)
        } else {
            byPrefix[prefix, default: []].append(patterns.count)
        }
        if prefixBits.isEmpty { prefixBits = [UInt64](repeating: 0, count: 1 << (Self.prefixHashBits - 6)) }
        let bit = Self.hash(prefix)
        prefixBits[Int(bit >> 6)] |= 1 << UInt64(bit & 63)
        patterns.append(Pattern(bytes: bytes, field: field, cellOnly: cellOnly))
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

    /// The first private value `data` holds; `tabular` for CSV and workbook outputs.
    public func leak(in data: Data, tabular: Bool) -> Leak? {
        guard !patterns.isEmpty, data.count >= 3 else { return nil }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for index in 0...(bytes.count - 3) {
                let prefix = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                let bit = Self.hash(prefix)
                guard prefixBits[Int(bit >> 6)] & (1 << UInt64(bit & 63)) != 0 else { continue }
                var candidates = byPrefix[prefix] ?? []
                if index + 8 <= bytes.count, let long = byLongPrefix[Self.longPrefix(bytes, at: index)] { candidates += long }
                for candidate in candidates {
                    let pattern = patterns[candidate]
                    if pattern.cellOnly, !tabular { continue }
                    if matches(pattern, in: bytes, at: index) { return Leak(field: pattern.field) }
                }
            }
            return nil
        }
    }

    private func matches(_ pattern: Pattern, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let end = start + pattern.bytes.count
        guard end <= bytes.count else { return false }
        for offset in 0..<pattern.bytes.count where bytes[start + offset] != pattern.bytes[offset] { return false }
        let before: UInt8? = start > 0 ? bytes[start - 1] : nil
        let after: UInt8? = end < bytes.count ? bytes[end] : nil
        if pattern.cellOnly {
            return Self.isCellEdge(before) && Self.isCellEdge(after)
        }
        return !Self.continues(pattern.bytes.first!, into: before, beyond: start >= 2 ? bytes[start - 2] : nil)
            && !Self.continues(pattern.bytes.last!, into: after, beyond: end + 1 < bytes.count ? bytes[end + 1] : nil)
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

    /// Refuses to write `data` to `path` when it holds a private value: an error that
    /// names the file and the field (never the value, which would leak into the log).
    public func check(_ data: Data, writing path: String) throws(Diagnostic) {
        let lower = path.lowercased()
        let tabular = [".csv", ".xlsx"].contains { lower.hasSuffix($0) }
        guard let leak = leak(in: data, tabular: tabular) else { return }
        let from = origins.isEmpty ? "a chart" : origins.map { "\(quoted($0))" }.joined(separator: ", ")
        throw Diagnostic.error(
            at: nil,
            "refusing to write \(path): it holds a value of \(quoted(leak.field)), which \(from) marks private",
            hint: "remove what shows it (a page, a template, a column of the data), or take \(quoted(leak.field)) out of 'private:'")
    }
}
