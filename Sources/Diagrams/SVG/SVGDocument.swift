import Layout
import Typesetting

/// The frame every diagram shares: the `<svg>` element with its accessible name, default
/// style and size, around content drawn by a kind-specific renderer.
struct SVGDocument {
    /// `orgchart`, `decision-tree`, `ownership-matrix`, `org-diff`.
    var kind: String
    var title: String
    var description: String
    var idPrefix: String
    /// Size of the drawing, margins included.
    var width: Double
    var height: Double
    /// True when the drawing holds links (decision outcomes): an `img` may not contain
    /// interactive elements, so such a drawing is named as a `document` (the one other role
    /// the HTML validator allows on `<svg>`) and its links stay reachable.
    var containsLinks: Bool = false

    /// Space around the drawing so strokes and badges at the edge are not clipped.
    static let margin: Double = 12

    /// Writes the document; `standalone` adds the XML declaration and a white background
    /// (a file opened on its own, or pasted into a slide), while an inline SVG leaves the
    /// background to the page.
    func write(standalone: Bool, into m: inout Markup, content: (inout Markup) -> Void) {
        if standalone { m.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        let titleID = "\(idPrefix)-title"
        let descID = "\(idPrefix)-desc"
        m.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        m.attribute("class", "orgbook-diagram orgbook-\(kind)")
        m.raw(" viewBox=\"0 0 ")
        m.number(width)
        m.raw(" ")
        m.number(height)
        m.raw("\"")
        m.attribute("width", width)
        m.attribute("height", height)
        m.raw(containsLinks ? " role=\"document\"" : " role=\"img\"")
        m.attribute("aria-labelledby", "\(titleID) \(descID)")
        m.attribute("font-family", TextMetrics.fontFamily)
        m.raw(">\n<title")
        m.attribute("id", titleID)
        m.raw(">")
        m.escaped(title)
        m.raw("</title>\n<desc")
        m.attribute("id", descID)
        m.raw(">")
        m.escaped(description)
        m.raw("</desc>\n<style>")
        m.raw(DiagramStyle.css)
        m.raw("</style>\n")
        if standalone {
            m.raw("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        }
        content(&m)
        m.raw("</svg>\n")
    }
}
