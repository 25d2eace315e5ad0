import Testing

@testable import ByteText

/// The one escaper for markup Orgbook writes: text, both kinds of quoted attribute, XML.
@Suite struct MarkupEscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(
            MarkupEscaping.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(MarkupEscaping.escape("&&<<") == "&amp;&amp;&lt;&lt;")
    }

    @Test func keepsRunsAndMultibyteText() {
        #expect(MarkupEscaping.escape("") == "")
        #expect(MarkupEscaping.escape("plain ✓ text") == "plain ✓ text")
        #expect(MarkupEscaping.escape("ünï<cödé>") == "ünï&lt;cödé&gt;")
    }

    @Test func dropsControlCharactersXMLForbidsButKeepsLineBreaksAndTabs() {
        #expect(MarkupEscaping.escape("a\u{0}b\u{1B}[31mc\u{7}") == "ab[31mc")
        #expect(MarkupEscaping.escape("line\none\r\n\ttab") == "line\none\r\n\ttab")
    }

    /// The scan reads eight bytes at a time: every position in and after a word must be found.
    @Test func findsSpecialsAtEveryOffsetOfAWord() {
        for offset in 0..<20 {
            for special in ["&", "<", ">", "\"", "'", "\u{1}", "\u{1F}"] {
                let text = String(repeating: "x", count: offset) + special + "yz"
                let expected =
                    String(repeating: "x", count: offset)
                    + (["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][special] ?? "") + "yz"
                #expect(MarkupEscaping.escape(text) == expected, "offset \(offset), \(special.unicodeScalars.first!.value)")
            }
        }
    }

    /// Bytes at or above 0x80 (UTF-8 continuation bytes) and plain space are never flagged.
    @Test func highBytesAndSpaceAreNotControlCharacters() {
        let text = String(repeating: "é ✓ ", count: 10)
        #expect(MarkupEscaping.escape(text) == text)
    }
}

@Suite struct MarkupTokenTests {
    @Test func keepsLettersDigitsDashAndUnderscoreAndDashesTheRest() {
        #expect(MarkupToken.make("central team/α") == "central-team--")
        #expect(MarkupToken.make("Ops_2-b") == "Ops_2-b")
        #expect(MarkupToken.make("") == "")
    }
}
