import Testing

@testable import Search

struct SearchTextExtractorTests {
    @Test func stripsTagsAndDecodesReferences() {
        let html = "<p>Fish &amp; chips &lt;b&gt; &#233;t&#xE9; &mdash; caf&eacute;</p><p>Next</p>"
        // Unknown names stay as written rather than vanish.
        #expect(SearchTextExtractor.plainText(html: html) == "Fish & chips <b> été — caf&eacute; Next")
    }

    @Test func inlineTagsDoNotSplitWordsButBlocksDo() {
        #expect(SearchTextExtractor.plainText(html: "<p>cus<em>tom</em>er</p><p>journey</p><li>map</li>") == "customer journey map")
    }

    @Test func skipsSvgScriptStyleAndComments() {
        let html = """
            <p>Before</p><svg viewBox="0 0 1 1"><title>Chart</title><g><text>Node label</text></g><svg><text>inner</text></svg></svg>
            <script>var x = "<p>no</p>";</script><style>p { color: red }</style><!-- hidden <p>x</p> --><p>After</p>
            """
        #expect(SearchTextExtractor.plainText(html: html) == "Before After")
    }

    @Test func cutsSectionsAtHeadingsWithIds() {
        let html = """
            <h1>Page title</h1><p>Intro text.</p>
            <h2 id="who-owns">Who <code>owns</code> it</h2><p>The CoE owns measurement.</p>
            <h3>No id here</h3><p>Still the same section.</p>
            <h3 id='later'>Later</h3><p>Last words</p>
            """
        let extracted = SearchTextExtractor.extract(html: html)
        #expect(extracted.text == "Intro text.")
        #expect(
            extracted.sections == [
                SearchSection(
                    id: "who-owns", title: "Who owns it",
                    text: "The CoE owns measurement. No id here Still the same section."),
                SearchSection(id: "later", title: "Later", text: "Last words"),
            ])
    }

    @Test func toleratesBrokenMarkup() {
        #expect(SearchTextExtractor.plainText(html: "a < b and c&d <p") == "a < b and c&d")
    }

    /// Text runs are searched eight bytes at a time: markup must be found wherever it
    /// falls in a word, and references must be read whole or not at all at the end.
    @Test func findsMarkupAtEveryOffset() {
        for offset in 0..<17 {
            let lead = String(repeating: "x", count: offset)
            #expect(SearchTextExtractor.plainText(html: "\(lead)<b>y</b>z") == "\(lead)yz")
            #expect(SearchTextExtractor.plainText(html: "\(lead)&amp;y&quot;") == "\(lead)&y\"")
            #expect(SearchTextExtractor.plainText(html: "\(lead)&lt") == "\(lead)&lt")
            #expect(SearchTextExtractor.plainText(html: "\(lead)&q") == "\(lead)&q")
        }
    }
}
