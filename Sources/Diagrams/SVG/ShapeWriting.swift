import Layout

/// SVG for the pieces every tree diagram shares: boxes with labels, and edge paths.
extension Markup {
    /// `<g class="node …" data-id="…">` holding the box and its label, wrapped in a link
    /// when `link` is given.
    mutating func node(_ node: NodeGeometry, classes: String, offset: Point, link: String? = nil) {
        self.node(node, offset: offset, link: link) { $0.escaped(classes) }
    }

    /// The same, with the classes after `node` written by `writeClasses` straight into the
    /// markup (escaped by the caller where they come from data), which spares building a
    /// string per node in big charts.
    mutating func node(_ node: NodeGeometry, offset: Point, link: String? = nil, writeClasses: (inout Markup) -> Void) {
        raw("<g class=\"node ")
        writeClasses(&self)
        raw("\"")
        attribute("data-id", node.id)
        raw(">")
        if let link {
            raw("<a")
            attribute("href", link)
            raw(">")
        }
        box(node.rect, label: node.label, offset: offset, cornerRadius: 4)
        if link != nil { raw("</a>") }
        raw("</g>\n")
    }

    /// A rectangle and the lines of its label.
    /// `alignStart` sets the lines flush left (table headers) instead of centred.
    mutating func box(_ rect: Rect, label: BoxLabel, offset: Point, cornerRadius: Double, alignStart: Bool = false) {
        let x = rect.x + offset.x
        let y = rect.y + offset.y
        raw("<rect class=\"box\"")
        attribute("x", x)
        attribute("y", y)
        attribute("width", rect.width)
        attribute("height", rect.height)
        if cornerRadius > 0 { attribute("rx", cornerRadius) }
        raw("/>")
        for line in label.lines {
            let cx = alignStart ? x + BoxLabel.paddingX : x + line.baseline.x
            let baseline = y + line.baseline.y
            if line.style.cssClass == TextStyle.badge.cssClass {
                // A badge: a dark pill behind white capitals, readable in greyscale print.
                let w = line.width * BoxLabel.safetyFactor + 8
                raw("<rect class=\"badge\"")
                attribute("x", cx - w / 2)
                attribute("y", baseline - line.style.fontSize * 0.35 - line.style.lineHeight / 2 + 1)
                attribute("width", w)
                attribute("height", line.style.lineHeight - 2)
                attribute("rx", (line.style.lineHeight - 2) / 2)
                raw("/>")
            }
            raw("<text")
            attribute("class", line.style.cssClass)
            attribute("x", cx)
            attribute("y", baseline)
            attribute("font-size", line.style.fontSize)
            if alignStart { raw(" text-anchor=\"start\"") }
            if line.style.bold { raw(" font-weight=\"bold\"") }
            raw(">")
            escaped(line.text)
            raw("</text>")
        }
    }

    /// `<path class="edge …">` through the edge's points, using H/V for straight runs.
    mutating func edge(_ points: [Point], classes: String, offset: Point, from: String, to: String) {
        raw("<path")
        attribute("class", classes.isEmpty ? "edge" : "edge " + classes)
        attribute("data-from", from)
        attribute("data-to", to)
        raw(" d=\"")
        for (k, p) in points.enumerated() {
            let x = p.x + offset.x
            let y = p.y + offset.y
            if k == 0 {
                raw("M")
                number(x)
                raw(" ")
                number(y)
            } else if abs(points[k - 1].x - p.x) < 1e-9 {
                raw("V")
                number(y)
            } else if abs(points[k - 1].y - p.y) < 1e-9 {
                raw("H")
                number(x)
            } else {
                raw("L")
                number(x)
                raw(" ")
                number(y)
            }
        }
        raw("\"/>\n")
    }
}
