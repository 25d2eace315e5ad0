import Testing

@testable import ByteText

/// `ByteScan` reads eight bytes at a time; a match must be found wherever it falls in
/// those eight, first match first, and the bytes after the last full word still read.
struct ByteScanTests {
    private func firstIndex(_ text: String, from start: Int = 0) -> Int {
        var text = text
        return text.withUTF8 { ByteScan.firstIndex(ofAnyOf: (0x3C, 0x26, 0x22, 0x3E, 0x27), in: $0, from: start) }
    }

    @Test func findsEachNeedleAtEveryOffset() {
        for needle in ["<", "&", "\"", ">", "'"] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + needle + String(repeating: "b", count: 20)
                #expect(firstIndex(text) == offset, "\(needle) at \(offset)")
            }
        }
    }

    @Test func findsTheFirstOfSeveralAndStartsWhereAsked() {
        #expect(firstIndex("abc>def<g&") == 3)
        #expect(firstIndex("abc>def<g&", from: 4) == 7)
        #expect(firstIndex("abc>def<g&", from: 8) == 9)
        // Bytes just above and below a needle (`=` and `?` beside `>`), and non-ASCII.
        #expect(firstIndex("==??;;%%ééé…", from: 0) == "==??;;%%ééé…".utf8.count)
    }

    @Test func answersTheCountWhenNothingMatches() {
        #expect(firstIndex("") == 0)
        #expect(firstIndex("plain text without markup") == 25)
        #expect(firstIndex("ab<", from: 3) == 3)
    }
}
