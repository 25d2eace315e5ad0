import Layout
import OrgModel

/// Draws `color-by:`: a coloured corner mark on each box and a legend under the chart.
/// Each value has a colour (Okabe–Ito, safe for colour-blind readers) and a shape, so the
/// grouping survives greyscale print.
enum OrgChartColorKey {
    static let colours = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    static let shapes = ["●", "■", "▲", "◆", "▼", "★", "✚", "◯"]
    static let legendRowHeight = 18.0

    /// Height the legend needs below the chart.
    static func legendHeight(_ groups: ColorGroups?) -> Double {
        guard let groups, !groups.values.isEmpty else { return 0 }
        return 12 + Double(groups.values.count) * legendRowHeight
    }

    static func drawMarks(_ groups: ColorGroups, geometry: TreeGeometry, offset: Point, into m: inout Markup) {
        m.raw("<g class=\"color-key\">\n")
        for (i, node) in geometry.nodes.enumerated() {
            guard i < groups.groupOfUnit.count, let group = groups.groupOfUnit[i] else { continue }
            mark(group, x: node.rect.x + offset.x + 8, y: node.rect.y + offset.y + 11, unit: node.id, into: &m)
        }
        m.raw("</g>\n")
    }

    static func drawLegend(_ groups: ColorGroups, attribute: String, x: Double, y: Double, into m: inout Markup) {
        m.raw("<g class=\"legend color-legend\">")
        m.raw("<text class=\"detail\"")
        m.attribute("x", x)
        m.attribute("y", y)
        m.raw(" font-size=\"11\" font-weight=\"bold\">")
        m.escaped(attribute)
        m.raw("</text>")
        for (group, value) in groups.values.enumerated() {
            let rowY = y + Double(group + 1) * legendRowHeight
            mark(group, x: x + 6, y: rowY, into: &m)
            m.raw("<text class=\"detail\"")
            m.attribute("x", x + 18)
            m.attribute("y", rowY)
            m.raw(" font-size=\"11\">")
            m.escaped(value)
            m.raw("</text>")
        }
        m.raw("</g>\n")
    }

    /// The shape of `group` in its colour, centred at (x, y), with a dark outline so light
    /// colours read on white. The colour is an inline style: the style sheet's `text` fill
    /// would win over a presentation attribute.
    /// `unit` (the id of the box a mark sits on) lets a collapsed branch hide its marks.
    private static func mark(_ group: Int, x: Double, y: Double, unit: String? = nil, into m: inout Markup) {
        m.raw("<text class=\"color-mark\"")
        if let unit { m.attribute("data-for", unit) }
        m.attribute("x", x)
        m.attribute("y", y + 4)
        m.raw(" font-size=\"12\" text-anchor=\"middle\" style=\"fill:\(colours[group]);stroke:#323f4b;stroke-width:0.5\">")
        m.raw(shapes[group])
        m.raw("</text>")
    }
}
