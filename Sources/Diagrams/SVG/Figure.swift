/// Wraps a diagram for a page: `<figure class="diagram diagram-KIND">` with the inline SVG,
/// whatever HTML goes with it, and a caption.
enum Figure {
    static func html(kind: String, caption: String, inlineSVG: String, extra: String = "") -> String {
        var m = Markup(capacity: inlineSVG.utf8.count + extra.utf8.count + 256)
        m.raw("<figure class=\"diagram diagram-\(kind)\">\n")
        m.raw(inlineSVG)
        m.raw(extra)
        m.raw("<figcaption>")
        m.escaped(caption)
        m.raw("</figcaption>\n</figure>\n")
        return m.text
    }
}

extension SVGDocument {
    /// The standalone SVG and the page HTML for content drawn once.
    func rendered(content: String, caption: String, extraHTML: String = "") -> RenderedDiagram {
        let capacity = content.utf8.count + 4096
        let standalone = write(standalone: true, capacity: capacity) { $0.raw(content) }
        let inline = write(standalone: false, capacity: capacity) { $0.raw(content) }
        return RenderedDiagram(svg: standalone, html: Figure.html(kind: kind, caption: caption, inlineSVG: inline, extra: extraHTML))
    }
}
