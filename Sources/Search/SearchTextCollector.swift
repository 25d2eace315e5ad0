import ByteText

/// A page's searchable text as it is read: its words, where blocks end, its headings, and
/// HTML to read for text. Sections are cut at each heading of level 2 to 6 with an id; an
/// `<h1>`'s text is dropped (the page title is indexed on its own).
///
/// Two readers feed it the same events: ByteText's HTML reader (`HTMLText.read`), which
/// reads rendered HTML back, and the Markdown formatter as it writes a page (so a page need
/// not be scanned twice).
public struct SearchTextCollector: Sendable, HTMLTextReceiver {
    private var intro: String?
    private var sections: [SearchSection] = []
    private var pendingHeading: (id: String, title: String)?
    private var body = TextBuffer()
    private var headingText = TextBuffer()
    /// The level of the heading being read (2 for `h2`; 1 for `h1`, whose text is dropped).
    private var openLevel: Int?
    private var openHeadingID: String?
    /// False once HTML given to `append(html:)` ended inside a tag, comment, character
    /// reference or skipped element: what follows would have been read as part of it, so
    /// the text is only right when the whole page is scanned as one (`SearchTextExtractor`).
    public private(set) var isComplete = true

    public init() {}

    /// Text as the reader sees it (character references already decoded).
    public mutating func append(text: String) {
        if openLevel != nil { headingText.append(text) } else { body.append(text) }
    }

    package mutating func append(_ text: Span<UInt8>) {
        if openLevel != nil { headingText.append(text) } else { body.append(text) }
    }

    /// A block's start or end, a line break or white space: words on either side stay apart.
    public mutating func boundary() {
        if openLevel != nil { headingText.appendSpace() } else { body.appendSpace() }
    }

    /// An `<hN>` opens; `id` is its `id` attribute as written in the HTML, if any.
    public mutating func openHeading(level: Int, id: String?) {
        openLevel = level
        openHeadingID = level >= 2 ? id : nil
        headingText = TextBuffer()
    }

    /// An `</hN>` closes the open heading; any other closing heading tag is a block boundary.
    public mutating func closeHeading(level: Int) {
        guard level == openLevel else {
            boundary()
            return
        }
        let title = headingText.finish()
        openLevel = nil
        if let id = openHeadingID, !id.isEmpty {
            finishSection()
            pendingHeading = (id, title)
        } else if level >= 2, !title.isEmpty {
            // A heading without an id stays part of the running text.
            body.appendSpace()
            append(text: title)
            body.appendSpace()
        }
        openHeadingID = nil
    }

    /// HTML inside the page (raw HTML, a diagram), read for its text.
    public mutating func append(html: String) {
        // The reader's copy is then the only one: appending to it copies no buffer.
        var reading = self
        self = SearchTextCollector()
        if !HTMLText.read(html, into: &reading) { reading.isComplete = false }
        self = reading
    }

    /// The text read: what came before the first heading with an id, and one section per
    /// such heading. A heading still open is dropped.
    public mutating func finish() -> SearchTextExtractor.Extracted {
        finishSection()
        return SearchTextExtractor.Extracted(text: intro ?? "", sections: sections)
    }

    /// Closes the current section (or the intro) with the text read so far.
    private mutating func finishSection() {
        let text = body.finish()
        if let heading = pendingHeading {
            sections.append(SearchSection(id: heading.id, title: heading.title, text: text))
        } else if intro == nil {
            intro = text
        }
        body = TextBuffer()
    }
}
