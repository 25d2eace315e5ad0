/// One hit of `SearchIndex.search`, as `search.js` would list it.
public struct SearchResult: Sendable, Hashable {
    /// Site-relative URL, with `#id` for a heading.
    public var url: String
    public var title: String
    /// The heading matched, or "" when the page's top matched.
    public var heading: String
    public var section: String
    public var snippet: String
    /// The summed quantised scores; higher is better.
    public var score: Double
}
