import Testing

@testable import ByteText

@Suite struct UTF16OrderTests {
    @Test func sortsAsJavaScriptComparesStrings() {
        // By UTF-16 code unit: a character above U+FFFF (a surrogate pair) sorts before U+E000.
        #expect(UTF16Order.precedes("\u{10000}", "\u{E000}"))
        #expect(!UTF16Order.precedes("\u{E000}", "\u{10000}"))
        #expect(UTF16Order.precedes("abc", "abd"))
        #expect(UTF16Order.precedes("ab", "abc"))
        #expect(UTF16Order.precedes("z", "é"))
        #expect(UTF16Order.precedes("x\u{E000}", "\u{10000}"))
    }
}
