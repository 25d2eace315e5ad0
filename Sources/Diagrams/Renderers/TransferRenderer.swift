import Layout
import OrgModel

/// Draws who answers for which tasks today and who will in the target org: a box per
/// owner on each side, an edge per flow as thick as its task count, labelled with the
/// count and titled with the tasks. Lost accountability ends in a dashed "Nobody" box.
enum TransferRenderer {
    static func render(_ changes: OwnershipChanges, title: String, options: DiagramOptions) -> RenderedDiagram {
        let flows = changes.accountableFlows
        let g = TransferLayout.layout(flows)
        let margin = SVGDocument.margin
        let o = Point(x: margin, y: margin)
        var m = Markup(capacity: 2048 + flows.count * 400)
        for heading in g.headings {
            m.raw("<text")
            m.attribute("class", heading.style.cssClass)
            m.attribute("x", heading.baseline.x + o.x)
            m.attribute("y", heading.baseline.y + o.y)
            m.attribute("font-size", heading.style.fontSize)
            m.raw(" font-weight=\"bold\" text-anchor=\"start\">")
            m.escaped(heading.text)
            m.raw("</text>\n")
        }
        m.raw("<g class=\"owners\" text-anchor=\"middle\">")
        for (k, box) in g.left.enumerated() { node(&m, box, id: g.leftKeys[k], classes: "node today", offset: o) }
        for (k, box) in g.right.enumerated() {
            node(&m, box, id: g.rightKeys[k] ?? "nobody", classes: g.rightKeys[k] == nil ? "node target lost" : "node target", offset: o)
        }
        m.raw("</g>\n")
        for edge in g.edges {
            let lost = g.rightKeys[edge.to] == nil
            m.raw("<g")
            m.attribute("class", lost ? "edge-group lost" : "edge-group")
            m.raw("><title>")
            m.escaped(edge.tasks.joined(separator: "; "))
            m.raw("</title><path")
            m.attribute("class", lost ? "edge transfer removed" : "edge transfer")
            m.raw(" d=\"M")
            m.number(edge.start.x + o.x)
            m.raw(" ")
            m.number(edge.start.y + o.y)
            m.raw(" L")
            m.number(edge.end.x + o.x)
            m.raw(" ")
            m.number(edge.end.y + o.y)
            m.raw("\"")
            // Inline, so the width (the count, as weight) wins over the shared `.edge` rule.
            m.attribute(
                "style",
                "stroke-width:\(Markup.format(min(8, 1.4 + Double(edge.tasks.count - 1) * 1.6)))"
                    + (lost ? ";stroke-dasharray:5 4" : ""))
            m.attribute("data-from", g.leftKeys[edge.from])
            m.attribute("data-to", g.rightKeys[edge.to] ?? "nobody")
            m.raw("/><text")
            m.attribute("class", edge.label.style.cssClass)
            m.attribute("x", edge.label.baseline.x + o.x)
            m.attribute("y", edge.label.baseline.y + o.y)
            m.attribute("font-size", edge.label.style.fontSize)
            m.raw(" font-weight=\"bold\" text-anchor=\"start\">")
            m.escaped(edge.label.text)
            m.raw("</text></g>\n")
        }
        let lostCount = flows.filter { $0.to == nil }.reduce(0) { $0 + $1.tasks.count }
        let moved = flows.reduce(0) { $0 + $1.tasks.count }
        let description =
            "Accountability for \(moved) task\(moved == 1 ? "" : "s") moves from today's owners on the left to the target's on the right"
            + (lostCount > 0 ? "; \(lostCount) end with nobody accountable" : "")
            + ". Each line is as thick as the number of tasks it carries."
        let document = SVGDocument(
            kind: "ownership-transfer", title: title, description: description, idPrefix: options.idPrefix,
            width: g.bounds.width + 2 * margin, height: g.bounds.height + 2 * margin)
        return document.rendered(content: m, caption: title)
    }

    private static func node(_ m: inout Markup, _ box: MatrixGeometry.Box, id: String, classes: String, offset: Point) {
        m.raw("<g")
        m.attribute("class", classes)
        m.attribute("data-id", id)
        m.raw(">")
        m.box(box.rect, label: box.label, offset: offset, cornerRadius: 4)
        m.raw("</g>\n")
    }
}
