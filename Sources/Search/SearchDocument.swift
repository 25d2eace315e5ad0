/// One page as the search index sees it: where it lives, what it is called, and its text
/// cut at each heading so that results can link to `url#id`.
public struct SearchDocument: Sendable, Hashable {
    /// The page's URL relative to the site root, e.g. `guide/setup/` (served) or
    /// `guide/setup/index.html` (offline). The script prefixes it with the page's root.
    public var url: String
    /// The page title; words in it weigh most.
    public var title: String
    /// The title of the section the page belongs to, shown beside results (may be empty).
    public var section: String
    /// Text before the first heading that has an id.
    public var text: String
    /// The page's headings with ids, each with the text up to the next one.
    public var headings: [SearchSection]

    public init(url: String, title: String, section: String = "", text: String, headings: [SearchSection] = []) {
        self.url = url
        self.title = title
        self.section = section
        self.text = text
        self.headings = headings
    }

    /// A document from a page's rendered content HTML (the Markdown output, not the whole
    /// layout): text is extracted in one pass and cut at every `<h2>`…`<h6>` with an id.
    public init(url: String, title: String, section: String = "", html: String) {
        let extracted = SearchTextExtractor.extract(html: html)
        self.init(url: url, title: title, section: section, text: extracted.text, headings: extracted.sections)
    }
}

/// The part of a page under one heading.
public struct SearchSection: Sendable, Hashable {
    /// The heading's `id`, the fragment results link to.
    public var id: String
    /// The heading's text; its words weigh more than body words.
    public var title: String
    /// Plain text from the heading to the next heading with an id.
    public var text: String

    public init(id: String, title: String, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }
}
