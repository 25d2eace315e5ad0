import Testing

@testable import Diagrams

@Suite struct MarkupTests {
    @Test func numbersAreShortLocaleFreeAndRoundedToHundredths() {
        let cases: [(Double, String)] = [
            (0, "0"), (5, "5"), (10, "10"), (100, "100"), (1090, "1090"), (12.5, "12.5"),
            (-3.25, "-3.25"), (0.05, "0.05"), (1234.567, "1234.57"), (0.004, "0"), (-0.3, "-0.3"),
        ]
        for (value, text) in cases { #expect(Markup.format(value) == text) }
    }

    @Test func escapingCoversMarkupCharactersAndKeepsTheRest() {
        #expect(Markup.escape("a & b < c > d \"e\" 'f' — ü") == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; — ü")
        #expect(Markup.escape("plain") == "plain")
    }
}
