import Testing

@testable import ByteText

/// The one escaper for text written into CSS: a string that can never end its `<style>`.
@Suite struct CSSEscapingTests {
    @Test func escapesTheQuoteBackslashAndWhatWouldEndTheStyleElement() {
        #expect(CSSEscaping.string(#"A "B" \ C</style>"#) == #""A \"B\" \\ C\3c /style\3e ""#)
        #expect(CSSEscaping.string("two\nlines\r") == #""two\a lines\a ""#)
    }

    @Test func singleQuotedStringsEscapeTheApostropheAndLeaveDoubleQuotes() {
        #expect(CSSEscaping.string(#"O'Brien "Sans""#, quote: "'") == #"'O\'Brien "Sans"'"#)
        #expect(CSSEscaping.string("Inter", quote: "'") == "'Inter'")
    }

    @Test func keepsOtherTextAsItIs() {
        #expect(CSSEscaping.string("") == #""""#)
        #expect(CSSEscaping.string("Açme — Ünïcode ✓") == #""Açme — Ünïcode ✓""#)
    }
}
