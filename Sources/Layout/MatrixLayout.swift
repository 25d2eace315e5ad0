import OrgModel

/// Lays out an ownership matrix: column widths fit the wrapped headers and codes, rows fit
/// their wrapped task names, and the legend flows under the grid.
public enum MatrixLayout {
    public static let maxTaskWidth: Double = 230
    public static let maxColumnTextWidth: Double = 110
    public static let minColumnWidth: Double = 64
    public static let minRowHeight: Double = 30
    static let header = TextStyle(fontSize: 12, bold: true, lineHeight: 15, cssClass: "header-text")
    static let task = TextStyle(fontSize: 12, bold: false, lineHeight: 15, cssClass: "task-text")
    static let code = TextStyle(fontSize: 12, bold: true, lineHeight: 15, cssClass: "code-text")
    static let group = TextStyle(fontSize: 12, bold: true, lineHeight: 15, cssClass: "group-text")
    static let legendGap: Double = 16

    public static func layout(_ matrix: OwnershipMatrix) -> MatrixGeometry {
        let columnLabels = matrix.columns.map { BoxLabel([($0.name, header)], maxTextWidth: maxColumnTextWidth) }
        let allRows = matrix.groups.flatMap(\.rows)
        let taskLabels = allRows.map { BoxLabel([($0.task, task)], maxTextWidth: maxTaskWidth) }
        let codeLabels = allRows.map { row in
            matrix.columns.map { column -> BoxLabel? in
                let codes = row.cells[column.id] ?? []
                return codes.isEmpty ? nil : BoxLabel([(codes.joined(separator: ", "), code)], maxTextWidth: maxColumnTextWidth)
            }
        }
        let cornerLabel = BoxLabel([("Task", header)], maxTextWidth: maxTaskWidth)
        let groupLabels = matrix.groups.map { g in g.name.map { BoxLabel([($0, group)], maxTextWidth: 10_000) } }

        var columnWidths = columnLabels.map { max(minColumnWidth, $0.width) }
        for row in codeLabels {
            for (c, label) in row.enumerated() { if let label { columnWidths[c] = max(columnWidths[c], label.width) } }
        }
        let taskWidth = max(cornerLabel.width, taskLabels.map(\.width).max() ?? 0, 140)
        let gridWidth = taskWidth + columnWidths.reduce(0, +)
        let groupWidestLabel = groupLabels.compactMap { $0?.width }.max() ?? 0
        let width = max(gridWidth, groupWidestLabel)

        let headerHeight = max(cornerLabel.height, columnLabels.map(\.height).max() ?? 0)
        var x = taskWidth
        var headers: [MatrixGeometry.Box] = []
        for (c, label) in columnLabels.enumerated() {
            headers.append(.init(rect: Rect(x: x, y: 0, width: columnWidths[c], height: headerHeight), label: label))
            x += columnWidths[c]
        }
        var rows: [MatrixGeometry.Row] = []
        var y = headerHeight
        var r = 0
        for (g, groupRows) in matrix.groups.enumerated() {
            if let label = groupLabels[g] {
                rows.append(.group(.init(rect: Rect(x: 0, y: y, width: gridWidth, height: label.height), label: label)))
                y += label.height
            }
            for _ in groupRows.rows {
                let height = max(minRowHeight, taskLabels[r].height, codeLabels[r].compactMap { $0?.height }.max() ?? 0)
                var cells: [MatrixGeometry.Cell] = []
                var cx = taskWidth
                for (c, column) in matrix.columns.enumerated() {
                    let label = codeLabels[r][c] ?? BoxLabel([], maxTextWidth: maxColumnTextWidth)
                    let rect = Rect(x: cx, y: y, width: columnWidths[c], height: height)
                    cells.append(
                        .init(column: c, codes: allRows[r].cells[column.id] ?? [], box: .init(rect: rect, label: centred(label, in: rect))))
                    cx += columnWidths[c]
                }
                let headerRect = Rect(x: 0, y: y, width: taskWidth, height: height)
                rows.append(.task(header: .init(rect: headerRect, label: centred(taskLabels[r], in: headerRect)), cells: cells))
                y += height
                r += 1
            }
        }

        // The legend flows left to right under the grid, wrapping at the grid's width.
        var legend: [MatrixGeometry.Box] = []
        var lx = 0.0
        var ly = y + legendGap
        var lineHeight = 0.0
        for entry in matrix.legend {
            var text = "\(entry.code) = \(entry.label)"
            if let d = entry.description, !d.isEmpty { text += ": \(d)" }
            let label = BoxLabel([(text, .detail)], maxTextWidth: min(320, max(120, width - 2 * BoxLabel.paddingX)))
            if lx > 0 && lx + label.width > width {
                lx = 0
                ly += lineHeight + 8
                lineHeight = 0
            }
            legend.append(.init(rect: Rect(x: lx, y: ly, width: label.width, height: label.height), label: label))
            lx += label.width + 10
            lineHeight = max(lineHeight, label.height)
        }
        let height = legend.isEmpty ? y : ly + lineHeight
        let legendWidth = legend.map(\.rect.maxX).max() ?? 0
        let cornerRect = Rect(x: 0, y: 0, width: taskWidth, height: headerHeight)
        return MatrixGeometry(
            corner: .init(rect: cornerRect, label: centred(cornerLabel, in: cornerRect)),
            columnHeaders: headers, rows: rows, legend: legend,
            bounds: Rect(x: 0, y: 0, width: max(width, legendWidth), height: height))
    }

    /// Moves a label's lines down so the block sits in the middle of a taller box.
    public static func centred(_ label: BoxLabel, in rect: Rect) -> BoxLabel {
        var label = label
        let extraY = (rect.height - label.height) / 2
        let extraX = (rect.width - label.width) / 2
        label.lines = label.lines.map { line in
            var line = line
            line.baseline.y += extraY
            line.baseline.x += extraX
            return line
        }
        label.width = rect.width
        label.height = rect.height
        return label
    }
}
