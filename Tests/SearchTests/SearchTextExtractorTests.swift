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

/// `SearchTextCollector` read HTML piece by piece as `SearchTextExtractor` reads it whole,
/// and says when a piece ended inside something the next piece would continue.
@Suite struct SearchTextCollectorTests {
    @Test func piecesReadAsTheWhole() {
        let pieces = [
            "<p>Intro &amp; more</p>\n", "<h2 id=\"a-b\">A <em>b</em></h2>\n", "<figure><svg><text>x</text></svg>",
            "<figcaption>Caption</figcaption></figure>\n", "<h1>Dropped</h1>\n<p>tail<!-- c --> end</p>\n",
        ]
        var collector = SearchTextCollector()
        for piece in pieces { collector.append(html: piece) }
        #expect(collector.isComplete)
        #expect(collector.finish() == SearchTextExtractor.extract(html: pieces.joined()))
    }

    @Test func eventsReadAsTheirHTML() {
        var collector = SearchTextCollector()
        collector.append(text: "Intro")
        collector.boundary()
        collector.openHeading(level: 2, id: "setup")
        collector.append(text: "Set up")
        collector.closeHeading(level: 2)
        collector.boundary()
        collector.append(text: "Body <b> & text")
        collector.openHeading(level: 3, id: nil)
        collector.append(text: "No id")
        collector.closeHeading(level: 3)
        let html = "<p>Intro</p>\n<h2 id=\"setup\">Set up</h2>\n<p>Body &lt;b&gt; &amp; text<h3>No id</h3>"
        #expect(collector.finish() == SearchTextExtractor.extract(html: html))
    }

    @Test(arguments: [
        "<!-- open", "<!DOCTYPE", "<nav><a>x</a>", "<div title=\"open", "text <", "text </", "text &amp",
        "<svg><g>",
    ])
    func aPieceEndingInsideIsNotComplete(piece: String) {
        var collector = SearchTextCollector()
        collector.append(html: piece)
        #expect(!collector.isComplete)
    }

    @Test(arguments: ["<p>a</p>", "<nav>x</nav>", "a &amp; b", "a & b", "<svg/>", "<!-- c -->", "x < y"])
    func aPieceEndingCleanlyIsComplete(piece: String) {
        var collector = SearchTextCollector()
        collector.append(html: piece)
        #expect(collector.isComplete)
    }
}
