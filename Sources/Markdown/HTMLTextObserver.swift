/// Told what a page says as `HTMLFormatter` writes it: the text of its nodes, where a tag
/// or white space separates words, its headings, and the HTML it passes through. Each call
/// stands for what the formatter has just written, so a reader of these calls learns what
/// a reader of the HTML would, without scanning it back (the search index is one).
public protocol HTMLTextObserver: AnyObject, Sendable {
    /// Text the formatter wrote escaped, as it reads once unescaped.
    func text(_ text: String)
    /// A block-level tag (`<p>`, `<li>`, `<br />`, `<img>` …) or white space.
    func boundary()
    /// An `<hN>` tag; `id` is its `id` attribute as written (escaped), if it has one.
    func headingStarted(level: Int, id: String?)
    /// The `</hN>` tag.
    func headingEnded(level: Int)
    /// Raw or rendered HTML written as it is.
    func html(_ html: String)
}
