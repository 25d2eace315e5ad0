import OrgModel
import Typesetting

/// Geometry of the workload view: one row per matrix column (its wrapped name on the
/// left), holding one horizontal bar per legend code whose length is the number of tasks
/// the column holds that code on, a value label after each bar, and a tick where a cap is.
public struct WorkloadGeometry: Sendable {
    public struct Bar: Sendable, Hashable {
        public var code: String
        public var count: Int
        public var limit: Int?
        public var rect: Rect
        /// "A 6", "A 3 (limit 5)" or, over the cap, "A 6 — over the limit of 5": the cue that
        /// does not rest on colour.
        public var label: LabelLine
        /// The cap's position, a vertical tick across the bar's lane; nil without a cap.
        public var limitX: Double?
        public var isOverLimit: Bool { limit.map { count > $0 } ?? false }
    }

    public struct Row: Sendable, Hashable {
        public var columnID: String
        public var header: MatrixGeometry.Box
        public var bars: [Bar]
        /// The row's whole band, header and bars.
        public var rect: Rect
    }

    public var rows: [Row]
    public var bounds: Rect
}

public enum WorkloadLayout {
    static let nameWidth: Double = 200
    static let barHeight: Double = 13
    static let barGap: Double = 4
    static let rowGap: Double = 6
    /// Longest bar; the scale shrinks below `maxUnit` per task to keep within it.
    static let maxBarWidth: Double = 320
    static let maxUnit: Double = 22
    static let valueStyle = TextStyle(fontSize: 11, bold: false, lineHeight: 13, cssClass: "value-text")

    public static func layout(_ workloads: [ColumnWorkload], legend: [LegendEntry]) -> WorkloadGeometry {
        let headers = workloads.map { BoxLabel([($0.column.name, MatrixLayout.header)], maxTextWidth: nameWidth) }
        let headerWidth = max(120, headers.map(\.width).max() ?? 0)
        let largest = workloads.flatMap { w in w.counts.indices.map { max(w.counts[$0], w.limits[$0] ?? 0) } }.max() ?? 0
        let unit = largest == 0 ? maxUnit : min(maxUnit, maxBarWidth / Double(largest))
        let barsX = headerWidth + 12
        var rows: [WorkloadGeometry.Row] = []
        var y = 0.0
        var right = barsX
        for (w, workload) in workloads.enumerated() {
            let lanes = Double(legend.count)
            let barsHeight = lanes * barHeight + max(0, lanes - 1) * barGap + 2 * barGap
            let height = max(headers[w].height, barsHeight)
            var bars: [WorkloadGeometry.Bar] = []
            var by = y + (height - barsHeight) / 2 + barGap
            for (k, entry) in legend.enumerated() {
                let count = workload.counts[k]
                let limit = workload.limits[k]
                let rect = Rect(x: barsX, y: by, width: Double(count) * unit, height: barHeight)
                var text = "\(entry.code) \(count)"
                if let limit { text += count > limit ? " — over the limit of \(limit)" : " (limit \(limit))" }
                let textWidth = TextMetrics.width(of: text, fontSize: valueStyle.fontSize, bold: valueStyle.bold)
                let limitX = limit.map { barsX + Double($0) * unit }
                // The value sits after the bar, or after the cap's tick when that is further right.
                let textX = max(rect.maxX, limitX ?? 0) + 6
                let label = LabelLine(
                    text: text, style: valueStyle, width: textWidth,
                    baseline: Point(x: textX, y: by + barHeight / 2 + valueStyle.fontSize * 0.35))
                right = max(right, textX + textWidth * BoxLabel.safetyFactor)
                bars.append(.init(code: entry.code, count: count, limit: limit, rect: rect, label: label, limitX: limitX))
                by += barHeight + barGap
            }
            let headerRect = Rect(x: 0, y: y, width: headerWidth, height: height)
            rows.append(
                .init(
                    columnID: workload.column.id, header: .init(rect: headerRect, label: MatrixLayout.centred(headers[w], in: headerRect)),
                    bars: bars, rect: Rect(x: 0, y: y, width: 0, height: height)))
            y += height + rowGap
        }
        let width = right.rounded(.up)
        for index in rows.indices { rows[index].rect.width = width }
        return WorkloadGeometry(rows: rows, bounds: Rect(x: 0, y: 0, width: width, height: max(0, y - rowGap)))
    }
}
