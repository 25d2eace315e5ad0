import Layout

/// The legend line under a chart that has dotted-line managers, so the dash is read as
/// "a second, matrix manager" and not as decoration.
enum DottedLegend {
    /// Height the legend adds below the drawing (the split planner counts it too).
    static let height = ChartPages.dottedLegendHeight

    static func write(at origin: Point, into m: inout Markup) {
        // Presentation attributes rather than a new CSS rule: the site's stylesheet still
        // overrides them, and the other diagrams' embedded style is left as it is.
        // A <line>, not a <path>: every path in a chart is an edge between two boxes.
        m.raw("<g class=\"legend legend-dotted\"><line")
        m.attribute("x1", origin.x)
        m.attribute("y1", origin.y)
        m.attribute("x2", origin.x + 32)
        m.attribute("y2", origin.y)
        m.raw(" stroke=\"#7b8794\" stroke-width=\"1.4\" stroke-dasharray=\"5 4\"/><text")
        m.attribute("x", origin.x + 40)
        m.attribute("y", origin.y + 4)
        m.raw(" font-size=\"11\" text-anchor=\"start\">dotted line: a second (matrix) manager</text></g>\n")
    }
}
