import Layout

/// Wraps a diagram for a page: `<figure class="diagram diagram-KIND">` with the inline SVG
/// in a `<div class="diagram-canvas">` (which scrolls sideways when the drawing is wider
/// than the page, leaving the tables and caption in place), whatever HTML goes with it,
/// and a caption.
enum Figure {
    /// Appends the figure to `m`; `svg` writes the inline SVG into it.
    static func write(kind: String, caption: String, into m: inout Markup, svg: (inout Markup) -> Void, extra: String = "") {
        // The canvas may scroll sideways, so keyboard users must be able to focus it; it is
        // named after the caption so a screen reader says what the stop is.
        m.raw("<figure class=\"diagram diagram-\(kind)\">\n<div class=\"diagram-canvas\" tabindex=\"0\" role=\"group\"")
        m.attribute("aria-label", caption)
        m.raw(">\n")
        svg(&m)
        m.raw("</div>\n")
        m.raw(extra)
        m.raw("<figcaption>")
        m.escaped(caption)
        m.raw("</figcaption>\n</figure>\n")
    }
}

extension SVGDocument {
    /// The standalone SVG and the page HTML for content drawn once, each written on demand
    /// in one buffer and turned into a String once (large charts are megabytes).
    func rendered(content: Markup, caption: String, extraHTML: String = "") -> RenderedDiagram {
        RenderedDiagram { [self] output in
            let capacity = content.byteCount + 4096
            switch output {
            case .standaloneSVG:
                var standalone = Markup(capacity: capacity)
                write(standalone: true, into: &standalone) { $0.raw(content) }
                return standalone.text
            case .pageHTML:
                var html = Markup(capacity: capacity + extraHTML.utf8.count)
                Figure.write(
                    kind: kind, caption: caption, into: &html,
                    svg: { m in
                        write(standalone: false, into: &m) { $0.raw(content) }
                    }, extra: extraHTML)
                return html.text
            }
        }
    }
}
