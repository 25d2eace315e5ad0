import ByteText
import Layout
import OrgModel

/// Draws an org chart: unit boxes top-down, solid elbow edges for reporting lines, dashed
/// edges for dotted-line managers.
enum OrgChartRenderer {
    static func render(_ chart: OrgChart, options: DiagramOptions) -> RenderedDiagram {
        let boxes = OrgChartBoxes(chart)
        let geometry = OrgChartLayout.layout(boxes.chart, badges: boxes.badges)
        var content = Markup(capacity: chart.units.count * 420 + 1024)
        let margin = SVGDocument.margin
        draw(boxes.chart, geometry: geometry, offset: Point(x: margin, y: margin), extraClasses: boxes.classes, into: &content)
        var height = geometry.bounds.height + 2 * margin
        let groups = chart.colorGroups()
        if let groups, let attribute = chart.settings.colorBy {
            OrgChartColorKey.drawMarks(groups, geometry: geometry, offset: Point(x: margin, y: margin), into: &content)
            OrgChartColorKey.drawLegend(
                groups, attribute: attribute, x: margin,
                y: geometry.bounds.height + margin + 16, into: &content)
            height += OrgChartColorKey.legendHeight(groups)
        }
        if geometry.edges.contains(where: { $0.kind != .tree }) {
            DottedLegend.write(at: Point(x: margin, y: height + DottedLegend.height / 2 - margin / 2), into: &content)
            height += DottedLegend.height
        }
        let title = chart.title ?? "Org chart"
        let document = SVGDocument(
            kind: OrgDocumentKind.orgChart.rawValue, title: title,
            description: describe(chart, geometry: geometry), idPrefix: options.idPrefix,
            width: geometry.bounds.width + 2 * margin, height: height)
        return document.rendered(content: content, caption: title)
    }

    /// Draws edges first (under the boxes), then nodes; `extraClasses` adds state classes
    /// (moved, added …) per unit id.
    static func draw(
        _ chart: OrgChart, geometry: TreeGeometry, offset: Point, extraClasses: [String: String],
        into m: inout Markup
    ) {
        m.raw("<g class=\"edges\">\n")
        for edge in geometry.edges {
            let from = geometry.nodes[edge.from].id
            let to = geometry.nodes[edge.to].id
            m.edge(edge.points, classes: edge.kind.svgClasses, offset: offset, from: from, to: to)
        }
        m.raw("</g>\n<g class=\"nodes\" text-anchor=\"middle\">\n")
        for (i, node) in geometry.nodes.enumerated() {
            let unit = chart.units[i]
            // A vacant position's box is dashed: the wrapper's presentation attribute is
            // inherited by the box, which no style rule dashes otherwise.
            if unit.vacant { m.raw("<g class=\"vacant-position\" stroke-dasharray=\"4 3\">") }
            defer { if unit.vacant { m.raw("</g>\n") } }
            m.node(node, offset: offset) { m in
                m.raw("unit depth-")
                m.number(Double(node.depth))
                if unit.id == chart.rootID { m.raw(" root") }
                if node.isStacked { m.raw(" stacked") }
                for tag in unit.tags {
                    m.raw(" tag-")
                    m.raw(MarkupToken.make(tag))
                }
                if !extraClasses.isEmpty, let extra = extraClasses[unit.id] {
                    m.raw(" ")
                    m.escaped(extra)
                }
            }
        }
        m.raw("</g>\n")
    }

    static func describe(_ chart: OrgChart, geometry: TreeGeometry) -> String {
        let layers = (geometry.nodes.map(\.depth).max() ?? 0) + 1
        let dotted = chart.units.reduce(0) { $0 + $1.dotted.count }
        var text =
            "Org chart of \(chart.units.count) unit\(chart.units.count == 1 ? "" : "s") in \(layers) layer\(layers == 1 ? "" : "s"), headed by \(chart.root.name)."
        if dotted > 0 { text += " \(dotted) dotted-line reporting line\(dotted == 1 ? "" : "s") drawn dashed." }
        return text
    }
}
