import ByteText
import Layout
import OrgModel

/// Draws an ownership matrix as an SVG grid, and writes the same data as an accessible
/// HTML table beside it.
enum OwnershipMatrixRenderer {
    static func render(_ matrix: OwnershipMatrix, options: DiagramOptions) -> RenderedDiagram {
        let g = MatrixLayout.layout(matrix)
        let margin = SVGDocument.margin
        let o = Point(x: margin, y: margin)
        let rowCount = matrix.groups.reduce(0) { $0 + $1.rows.count }
        var m = Markup(capacity: (rowCount + 1) * (matrix.columns.count + 1) * 260 + 2048)
        let legendByCode = Dictionary(matrix.legend.map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a })

        m.raw("<g class=\"column-headers\" text-anchor=\"middle\">\n<g class=\"corner\">")
        m.box(g.corner.rect, label: g.corner.label, offset: o, cornerRadius: 0, alignStart: true)
        m.raw("</g>\n")
        for (c, header) in g.columnHeaders.enumerated() {
            m.raw("<g class=\"column-header\"")
            m.attribute("data-id", matrix.columns[c].id)
            m.raw(">")
            m.box(header.rect, label: MatrixLayout.centred(header.label, in: header.rect), offset: o, cornerRadius: 0)
            m.raw("</g>\n")
        }
        m.raw("</g>\n<g class=\"rows\" text-anchor=\"middle\">\n")
        var r = 0
        for row in g.rows {
            switch row {
            case .group(let box):
                m.raw("<g class=\"row-group\">")
                m.box(box.rect, label: box.label, offset: o, cornerRadius: 0, alignStart: true)
                m.raw("</g>\n")
            case .task(let header, let cells):
                m.raw("<g class=\"row\"")
                m.attribute("data-row", Double(r))
                m.raw("><g class=\"row-header\">")
                m.box(header.rect, label: header.label, offset: o, cornerRadius: 0, alignStart: true)
                m.raw("</g>")
                for cell in cells {
                    var classes = cell.codes.isEmpty ? "cell" : "cell filled"
                    for code in cell.codes { classes += " code-" + MarkupToken.make(code) }
                    m.raw("<g")
                    m.attribute("class", classes)
                    m.attribute("data-column", matrix.columns[cell.column].id)
                    m.raw(">")
                    if !cell.codes.isEmpty {
                        // A tooltip naming the codes, for readers who forget the legend.
                        m.raw("<title>")
                        m.escaped(cell.codes.map { legendByCode[$0] ?? $0 }.joined(separator: ", "))
                        m.raw("</title>")
                    }
                    m.box(cell.box.rect, label: cell.box.label, offset: o, cornerRadius: 0)
                    m.raw("</g>")
                }
                m.raw("</g>\n")
                r += 1
            }
        }
        m.raw("</g>\n<g class=\"legend\" text-anchor=\"middle\">\n")
        for (k, entry) in g.legend.enumerated() {
            m.raw("<g class=\"legend-entry\"")
            m.attribute("data-code", matrix.legend[k].code)
            m.raw(">")
            m.box(entry.rect, label: entry.label, offset: o, cornerRadius: 3)
            m.raw("</g>\n")
        }
        m.raw("</g>\n")
        let title = matrix.title ?? "Ownership matrix"
        let description =
            "Ownership matrix of \(rowCount) task\(rowCount == 1 ? "" : "s") across \(matrix.columns.count) column\(matrix.columns.count == 1 ? "" : "s"); "
            + "each cell holds codes from the legend: " + matrix.legend.map { "\($0.code) = \($0.label)" }.joined(separator: ", ") + "."
        let document = SVGDocument(
            kind: OrgDocumentKind.ownershipMatrix.rawValue, title: title, description: description,
            idPrefix: options.idPrefix,
            width: g.bounds.width + 2 * margin, height: g.bounds.height + 2 * margin)
        return document.rendered(content: m, caption: title, extraHTML: table(matrix, title: title))
    }

    /// The matrix as an HTML table: a caption, column headers with `scope="col"`, one
    /// `<tbody>` per group headed by a `scope="rowgroup"` cell, task names with
    /// `scope="row"`, codes in `<abbr>` spelled out by the legend.
    static func table(_ matrix: OwnershipMatrix, title: String) -> String {
        let legendByCode = Dictionary(matrix.legend.map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a })
        var m = Markup(capacity: 1024 + matrix.groups.reduce(0) { $0 + $1.rows.count } * (matrix.columns.count + 1) * 48)
        m.raw("<table class=\"ownership-matrix\">\n<caption>")
        m.escaped(title)
        m.raw("</caption>\n<thead><tr><th scope=\"col\">Task</th>")
        for column in matrix.columns {
            m.raw("<th scope=\"col\">")
            m.escaped(column.name)
            m.raw("</th>")
        }
        m.raw("</tr></thead>\n")
        for group in matrix.groups {
            m.raw("<tbody>\n")
            if let name = group.name {
                m.raw("<tr><th scope=\"rowgroup\" colspan=\"\(matrix.columns.count + 1)\">")
                m.escaped(name)
                m.raw("</th></tr>\n")
            }
            for row in group.rows {
                m.raw("<tr><th scope=\"row\">")
                m.escaped(row.task)
                m.raw("</th>")
                for column in matrix.columns {
                    m.raw("<td>")
                    for (k, code) in (row.cells[column.id] ?? []).enumerated() {
                        if k > 0 { m.raw(", ") }
                        m.raw("<abbr")
                        m.attribute("title", legendByCode[code] ?? code)
                        m.raw(">")
                        m.escaped(code)
                        m.raw("</abbr>")
                    }
                    m.raw("</td>")
                }
                m.raw("</tr>\n")
            }
            m.raw("</tbody>\n")
        }
        m.raw("</table>\n<dl class=\"matrix-legend\">\n")
        for entry in matrix.legend {
            m.raw("<dt>")
            m.escaped(entry.code)
            m.raw("</dt><dd>")
            m.escaped(entry.label)
            if let d = entry.description, !d.isEmpty {
                m.raw(": ")
                m.escaped(d)
            }
            m.raw("</dd>\n")
        }
        m.raw("</dl>\n")
        return m.text
    }
}
