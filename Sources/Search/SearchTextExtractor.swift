/// Plain text from rendered HTML in one pass (ByteText's `HTMLText.read`): tags are dropped
/// (block-level ones leave a space so words do not run together), the content of `svg`,
/// `script`, `style`, `template`, `noscript` and `nav` is skipped, character references are
/// decoded, whitespace is collapsed, and the text is cut into sections at each
/// `<h2>`…`<h6>` that has an `id`. An `<h1>` is skipped: the page title is indexed on its own.
public enum SearchTextExtractor {
    /// What one page's HTML holds for search.
    public struct Extracted: Sendable, Hashable {
        /// Text before the first heading with an id.
        public var text: String
        /// One section per heading with an id, in document order.
        public var sections: [SearchSection]
    }

    /// Plain text of `html`, without sections.
    public static func plainText(html: String) -> String {
        let extracted = extract(html: html)
        return ([extracted.text] + extracted.sections.flatMap { [$0.title, $0.text] })
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Text of `html` cut at headings with ids.
    public static func extract(html: String) -> Extracted {
        var text = SearchTextCollector()
        text.append(html: html)
        return text.finish()
    }
}
