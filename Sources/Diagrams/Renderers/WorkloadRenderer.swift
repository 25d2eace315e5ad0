import ByteText
import Layout
import OrgModel

/// Draws the workload of an ownership matrix: per column a bar per code counting the tasks
/// it holds that code on. A column over a cap is marked three ways besides colour: a
/// hatched bar, a heavy dashed outline, and "over the limit of N" in its value label.
/// An HTML table with the same counts goes with it.
enum WorkloadRenderer {
    static func render(_ matrix: OwnershipMatrix, options: DiagramOptions) -> RenderedDiagram {
        let workloads = RACICheck.workload(of: matrix)
        let g = WorkloadLayout.layout(workloads, legend: matrix.legend)
        let margin = SVGDocument.margin
        let o = Point(x: margin, y: margin)
        let hatch = "\(options.idPrefix)-over-limit"
        var m = Markup(capacity: 2048 + workloads.count * matrix.legend.count * 400)
        // The hatch is drawn in the bar's own colour over white, so it survives greyscale print.
        m.raw("<defs><pattern")
        m.attribute("id", hatch)
        m.raw(" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        m.raw("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"#9b1c1c\"/></pattern></defs>\n")
        for row in g.rows {
            m.raw("<g class=\"workload-row\"")
            m.attribute("data-id", row.columnID)
            m.raw("><g class=\"row-header\">")
            m.box(row.header.rect, label: row.header.label, offset: o, cornerRadius: 0, alignStart: true)
            m.raw("</g>")
            for bar in row.bars {
                m.raw("<g")
                m.attribute("class", "bar code-\(MarkupToken.make(bar.code))\(bar.isOverLimit ? " over-limit" : "")")
                m.attribute("data-count", Double(bar.count))
                m.raw(">")
                if bar.count > 0 {
                    m.raw("<rect class=\"bar-fill\"")
                    m.attribute("x", bar.rect.x + o.x)
                    m.attribute("y", bar.rect.y + o.y)
                    m.attribute("width", bar.rect.width)
                    m.attribute("height", bar.rect.height)
                    if bar.isOverLimit {
                        m.attribute("fill", "url(#\(hatch))")
                        m.raw(" stroke=\"#9b1c1c\" stroke-width=\"2\" stroke-dasharray=\"4 2\"")
                    } else {
                        m.raw(" fill=\"#2f5f98\"")
                    }
                    m.raw("/>")
                }
                if let x = bar.limitX {
                    m.raw("<line class=\"limit-mark\"")
                    m.attribute("x1", x + o.x)
                    m.attribute("x2", x + o.x)
                    m.attribute("y1", bar.rect.y + o.y - 2)
                    m.attribute("y2", bar.rect.maxY + o.y + 2)
                    m.raw(" stroke=\"#1f2933\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>")
                }
                m.raw("<text")
                m.attribute("class", bar.label.style.cssClass)
                m.attribute("x", bar.label.baseline.x + o.x)
                m.attribute("y", bar.label.baseline.y + o.y)
                m.attribute("font-size", bar.label.style.fontSize)
                m.raw(" text-anchor=\"start\"")
                if bar.isOverLimit { m.raw(" font-weight=\"bold\"") }
                m.raw(">")
                m.escaped(bar.label.text)
                m.raw("</text></g>")
            }
            m.raw("</g>\n")
        }
        let over = workloads.filter { !$0.overLimit.isEmpty }.map(\.column.name)
        let title = "Workload per column" + (matrix.title.map { ": \($0)" } ?? "")
        let description =
            "For each of \(workloads.count) columns, a bar per code counts the tasks it holds: "
            + matrix.legend.map { "\($0.code) = \($0.label)" }.joined(separator: ", ") + ". "
            + (over.isEmpty ? "No column is over a limit." : "Over a limit: " + over.joined(separator: ", ") + ".")
        let document = SVGDocument(
            kind: "ownership-workload", title: title, description: description, idPrefix: options.idPrefix,
            width: g.bounds.width + 2 * margin, height: g.bounds.height + 2 * margin)
        return document.rendered(content: m, caption: title, extraHTML: table(workloads, legend: matrix.legend, title: title))
    }

    /// The counts as a table: a row per column, a cell per code, "6 (over the limit of 5)"
    /// spelt out where a cap is passed.
    static func table(_ workloads: [ColumnWorkload], legend: [LegendEntry], title: String) -> String {
        var m = Markup(capacity: 512 + workloads.count * legend.count * 40)
        m.raw("<table class=\"workload\">\n<caption>")
        m.escaped(title)
        m.raw("</caption>\n<thead><tr><th scope=\"col\">Column</th>")
        for entry in legend {
            m.raw("<th scope=\"col\"><abbr")
            m.attribute("title", entry.label)
            m.raw(">")
            m.escaped(entry.code)
            m.raw("</abbr></th>")
        }
        m.raw("</tr></thead>\n<tbody>\n")
        for workload in workloads {
            m.raw("<tr><th scope=\"row\">")
            m.escaped(workload.column.name)
            m.raw("</th>")
            for k in legend.indices {
                let over = workload.limits[k].map { workload.counts[k] > $0 } ?? false
                m.raw(over ? "<td class=\"over-limit\"><strong>" : "<td>")
                m.raw(String(workload.counts[k]))
                if over, let limit = workload.limits[k] { m.raw(" (over the limit of \(limit))</strong>") }
                m.raw("</td>")
            }
            m.raw("</tr>\n")
        }
        m.raw("</tbody>\n</table>\n")
        return m.text
    }
}
