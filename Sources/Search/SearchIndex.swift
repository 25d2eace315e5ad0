/// A compact full-text index of the site, written as `search-index.js` and read by
/// `search.js` in the browser (a script rather than JSON so that it loads from `file://`).
///
/// Each page gives one *entry* for its title and leading text, and one entry per heading
/// with an id (linking to `url#id`). Every term of an entry gets a BM25 score, with words
/// of the page title and the heading counted several times, quantised to 1…63; the script
/// sums the scores of the query's terms. Only the best `maxTermsPerEntry` terms of an entry
/// and a short leading snippet of its text are kept, which bounds the file for big sites.
public struct SearchIndex: Sendable {
    /// The file name the index is written under, at the site root.
    public static let fileName = "search-index.js"
    /// The global the file assigns.
    public static let globalName = "ORGBOOK_SEARCH"
    /// Bumped when the format changes; `search.js` checks it.
    public static let formatVersion = 2

    /// Tuning of what is kept and how words weigh.
    public struct Options: Sendable, Hashable {
        /// Characters of text kept per entry for the result snippet.
        public var snippetLength = 100
        /// Terms kept per entry, best scores first.
        public var maxTermsPerEntry = 32
        /// Postings kept per term, best scores first: a word found on thousands of
        /// entries ranks only through its best ones, and this bounds the file.
        public var maxPostingsPerTerm = 500
        /// How many body words one word of the page title counts as.
        public var titleBoost = 8.0
        /// How many body words one word of a heading counts as.
        public var headingBoost = 5.0
        /// BM25's term-frequency saturation and length normalisation.
        public var k1 = 1.2
        public var b = 0.75

        public init() {}
    }

    /// A page of the index.
    public struct Page: Sendable, Hashable {
        public var url: String
        public var title: String
        public var section: String

        public init(url: String, title: String, section: String) {
            self.url = url
            self.title = title
            self.section = section
        }
    }

    /// Something a result can link to: a page's top or one of its headings.
    public struct Entry: Sendable, Hashable {
        /// Index into `pages`.
        public var page: Int
        /// The heading id, or "" for the page itself.
        public var anchor: String
        /// The heading text, or "" for the page itself.
        public var heading: String
        /// The leading text, cut at a word.
        public var snippet: String
    }

    /// One entry's score for a term.
    public struct Posting: Sendable, Hashable {
        public var entry: Int
        /// 1…63.
        public var score: Int
    }

    public let options: Options
    /// Pages sorted by URL, so input order does not change the output.
    public let pages: [Page]
    public let entries: [Entry]
    /// Every term, sorted by code point (the script binary-searches it for prefixes).
    public let terms: [String]
    /// `postings[i]` lists the entries holding `terms[i]`, by ascending entry.
    public let postings: [[Posting]]
    /// The entries' headings and snippets packed as the JSON writes them (`TextPieces`).
    let packedTexts: TextPieces

    /// Indexes `documents`.
    public init(documents: [SearchDocument], options: Options = Options()) {
        self.init(
            pages: documents.map { Page(url: $0.url, title: $0.title, section: $0.section) },
            options: options, document: { documents[$0] })
    }

    /// Indexes the documents of `pages`, each asked of `document` once, in parallel, when
    /// it is tokenised: a big site's text need not be in memory all at once.
    public init(pages: [Page], options: Options = Options(), document: @escaping @Sendable (Int) -> SearchDocument) {
        self.options = options
        let built = SearchIndexBuilder(pages: pages, document: document, options: options).build()
        self.pages = built.pages
        entries = built.entries
        terms = built.terms
        postings = built.postings
        packedTexts = built.packedTexts
    }
}
