extension SearchIndex {
    /// The index as JSON:
    /// `{"version":1,"stopWords":[…],"pages":[[url,title,section],…],
    /// "pieces":[…],"entries":[[page,anchor,heading,snippet],…],"terms":[…],"postings":[…]}`
    /// with an anchor left "" when `AnchorSlug` derives it from the heading, headings and
    /// snippets packed against `pieces` as `TextPieces` describes and
    /// `postings[i]` packed as `PostingEncoding` describes; one page or entry per line
    /// keeps diffs of the index readable. Same input, same bytes.
    public func json() -> String {
        var out = "{\"version\":\(SearchIndex.formatVersion)"
        out += ",\"stopWords\":" + JavaScriptLiteral.array(SearchTokenizer.stopWords.map(JavaScriptLiteral.string))
        out += ",\n\"pages\":" + JavaScriptLiteral.array(pages.map {
            "[" + [$0.url, $0.title, $0.section].map(JavaScriptLiteral.string).joined(separator: ",") + "]"
        }, separator: ",\n")
        let packed = TextPieces(entries.flatMap { [$0.heading, $0.snippet] })
        out += ",\n\"pieces\":" + JavaScriptLiteral.array(packed.table.map(JavaScriptLiteral.string))
        out += ",\n\"entries\":" + JavaScriptLiteral.array(entries.indices.map { index in
            let entry = entries[index]
            return "[\(entry.page)," + JavaScriptLiteral.string(AnchorSlug.stored(anchor: entry.anchor, heading: entry.heading)) + ",\"" + packed.codes[2 * index]
                + "\",\"" + packed.codes[2 * index + 1] + "\"]"
        }, separator: ",\n")
        out += ",\n\"terms\":" + JavaScriptLiteral.array(terms.map(JavaScriptLiteral.string))
        out += ",\n\"postings\":" + JavaScriptLiteral.array(postings.map { JavaScriptLiteral.string(PostingEncoding.encode($0)) })
        out += "}"
        return out
    }

    /// The contents of `search-index.js`: `window.ORGBOOK_SEARCH = {…};`.
    public func javaScript() -> String {
        "window.\(SearchIndex.globalName) = " + json() + ";\n"
    }
}
