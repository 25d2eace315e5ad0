import ByteText
import Layout
import OrgModel

/// Draws one page of a split org chart: a breadcrumb line that links back up, then the
/// page's boxes and edges; a collapsed branch is a box linking to its own page.
public enum ChartPageRenderer {
    /// Height of the breadcrumb line above the chart.
    static let headingHeight: Double = 30

    /// The page as a drawing; `pageURL` turns a page id into the link written for it
    /// (`overview.svg`, or a site URL).
    public static func render(
        _ page: ChartPage, of chart: OrgChart, pageURL: (String) -> String,
        options: DiagramOptions = DiagramOptions()
    ) -> RenderedDiagram {
        let margin = SVGDocument.margin
        let origin = Point(x: margin, y: margin + headingHeight)
        var content = Markup(capacity: page.nodes.count * 460 + 2048)
        writeBreadcrumb(page, pageURL: pageURL, at: Point(x: margin, y: margin + headingHeight / 2 + 4), into: &content)
        content.raw("<g class=\"edges\">\n")
        for edge in page.geometry.edges {
            content.edge(
                edge.points, classes: edge.kind.svgClasses, offset: origin,
                from: page.geometry.nodes[edge.from].id, to: page.geometry.nodes[edge.to].id)
        }
        for stub in page.stubs {
            content.edge(
                stub.points, classes: "dotted stub", offset: origin,
                from: page.geometry.nodes[stub.node].id, to: chart.units[stub.partner].id)
        }
        content.raw("</g>\n<g class=\"nodes\" text-anchor=\"middle\">\n")
        for (node, what) in zip(page.geometry.nodes, page.nodes) {
            let unit = chart.units[what.unit]
            content.node(node, offset: origin, link: what.branchPageID.map(pageURL)) { m in
                m.raw(what.isBranch ? "branch depth-" : "unit depth-")
                m.number(Double(node.depth))
                if unit.id == chart.rootID { m.raw(" root") }
                if node.isStacked { m.raw(" stacked") }
                for tag in unit.tags {
                    m.raw(" tag-")
                    m.raw(MarkupToken.make(tag))
                }
            }
        }
        content.raw("</g>\n")
        var height = page.geometry.bounds.height + 2 * margin + headingHeight
        if !page.stubs.isEmpty || page.geometry.edges.contains(where: { $0.kind != .tree }) {
            DottedLegend.write(at: Point(x: margin, y: height + DottedLegend.height / 2 - margin / 2), into: &content)
            height += DottedLegend.height
        }
        let chartTitle = chart.title ?? "Org chart"
        let title = page.parentPageID == nil ? chartTitle : "\(chartTitle): \(page.breadcrumbText)"
        let drawn = page.nodes.filter { !$0.isBranch }.count
        let branches = page.nodes.count - drawn
        var description = "\(drawn) unit\(drawn == 1 ? "" : "s") of \(chart.units.count)"
        if branches > 0 {
            description += "; \(branches) branch\(branches == 1 ? "" : "es") drawn on pages of their own, each box linking to it"
        }
        description += "."
        let document = SVGDocument(
            kind: OrgDocumentKind.orgChart.rawValue, title: title, description: description,
            idPrefix: options.idPrefix, width: page.geometry.bounds.width + 2 * margin,
            height: height, containsLinks: true)
        return document.rendered(content: content, caption: title)
    }

    /// "Group › Operations › Claims": every step but the last links to its page.
    static func writeBreadcrumb(_ page: ChartPage, pageURL: (String) -> String, at p: Point, into m: inout Markup) {
        m.raw("<text class=\"breadcrumb\"")
        m.attribute("x", p.x)
        m.attribute("y", p.y)
        m.raw(" font-size=\"13\">")
        for (k, crumb) in page.breadcrumb.enumerated() {
            if k > 0 { m.raw(" › ") }
            if k < page.breadcrumb.count - 1 {
                m.raw("<a")
                m.attribute("href", pageURL(crumb.pageID))
                m.raw(">")
                m.escaped(crumb.title)
                m.raw("</a>")
            } else {
                m.raw("<tspan font-weight=\"bold\">")
                m.escaped(crumb.title)
                m.raw("</tspan>")
            }
        }
        if page.parts.count > 1 {
            m.raw(" · parts:")
            for (k, part) in page.parts.enumerated() {
                m.raw(" ")
                if part == page.id {
                    m.raw("<tspan font-weight=\"bold\">\(k + 1)</tspan>")
                } else {
                    m.raw("<a")
                    m.attribute("href", pageURL(part))
                    m.raw(">\(k + 1)</a>")
                }
            }
        }
        m.raw("</text>\n")
    }
}
