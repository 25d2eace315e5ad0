import OrgModel
import Typesetting

/// Geometry of the accountability transfer diagram: today's owners in a column on the
/// left, the target's on the right (and a "Nobody" box for accountability that is lost),
/// and one straight edge per flow, as thick as the number of tasks it carries.
public struct TransferGeometry: Sendable {
    public struct Edge: Sendable, Hashable {
        public var from: Int
        /// Index into `right`.
        public var to: Int
        public var start: Point
        public var end: Point
        public var tasks: [String]
        /// The count's text line, just right of the start.
        public var label: LabelLine
    }

    public var left: [MatrixGeometry.Box]
    public var right: [MatrixGeometry.Box]
    /// The owner key of each box (`nil` for the "Nobody" box on the right).
    public var leftKeys: [String]
    public var rightKeys: [String?]
    public var edges: [Edge]
    /// "Today" over the left column and "Target" over the right one.
    public var headings: [LabelLine]
    public var bounds: Rect
}

public enum TransferLayout {
    static let nameWidth: Double = 190
    static let gap: Double = 170
    static let boxGap: Double = 10
    /// Vertical room per edge leaving or entering a box, so the counts never touch.
    static let lane: Double = 16
    static let countStyle = TextStyle(fontSize: 11, bold: true, lineHeight: 13, cssClass: "value-text")
    static let headingStyle = TextStyle(fontSize: 12, bold: true, lineHeight: 15, cssClass: "side-title")
    static let headingHeight: Double = 24
    public static let nobody = "Nobody (accountability lost)"

    public static func layout(_ flows: [OwnershipChanges.Flow]) -> TransferGeometry {
        var leftOwners: [OwnershipChanges.Owner] = []
        var rightOwners: [OwnershipChanges.Owner?] = []
        for flow in flows {
            if !leftOwners.contains(where: { $0.key == flow.from.key }) { leftOwners.append(flow.from) }
            if !rightOwners.contains(where: { $0?.key == flow.to?.key }) { rightOwners.append(flow.to) }
        }
        let leftLabels = leftOwners.map { BoxLabel([($0.name, TextStyle.name)], maxTextWidth: nameWidth) }
        let rightLabels = rightOwners.map { BoxLabel([($0?.name ?? nobody, TextStyle.name)], maxTextWidth: nameWidth) }
        let leftWidth = max(120, leftLabels.map(\.width).max() ?? 0)
        let rightWidth = max(120, rightLabels.map(\.width).max() ?? 0)
        let outgoing = leftOwners.map { owner in flows.filter { $0.from.key == owner.key }.count }
        let incoming = rightOwners.map { owner in flows.filter { $0.to?.key == owner?.key }.count }

        func stack(_ labels: [BoxLabel], edges: [Int], x: Double, width: Double) -> [MatrixGeometry.Box] {
            var y = headingHeight
            return zip(labels, edges).map { label, count in
                let rect = Rect(x: x, y: y, width: width, height: max(label.height, Double(count + 1) * lane))
                y += rect.height + boxGap
                return MatrixGeometry.Box(rect: rect, label: MatrixLayout.centred(label, in: rect))
            }
        }
        let left = stack(leftLabels, edges: outgoing, x: 0, width: leftWidth)
        let right = stack(rightLabels, edges: incoming, x: leftWidth + gap, width: rightWidth)

        // Each box spreads its edges evenly over its height, in flow order.
        var usedOut = [Int](repeating: 0, count: left.count)
        var usedIn = [Int](repeating: 0, count: right.count)
        var edges: [TransferGeometry.Edge] = []
        for flow in flows {
            let l = leftOwners.firstIndex { $0.key == flow.from.key }!
            let r = rightOwners.firstIndex { $0?.key == flow.to?.key }!
            usedOut[l] += 1
            usedIn[r] += 1
            let start = Point(x: left[l].rect.maxX, y: left[l].rect.y + left[l].rect.height * Double(usedOut[l]) / Double(outgoing[l] + 1))
            let end = Point(x: right[r].rect.x, y: right[r].rect.y + right[r].rect.height * Double(usedIn[r]) / Double(incoming[r] + 1))
            let text = "\(flow.tasks.count)"
            let label = LabelLine(
                text: text, style: countStyle,
                width: TextMetrics.width(of: text, fontSize: countStyle.fontSize, bold: true),
                baseline: Point(x: start.x + 8, y: start.y - 4))
            edges.append(.init(from: l, to: r, start: start, end: end, tasks: flow.tasks, label: label))
        }
        let height = max(left.last?.rect.maxY ?? 0, right.last?.rect.maxY ?? 0)
        let headings = [("Today", 0.0), ("Target", leftWidth + gap)].map { text, x in
            LabelLine(
                text: text, style: headingStyle, width: TextMetrics.width(of: text, fontSize: headingStyle.fontSize, bold: true),
                baseline: Point(x: x, y: headingStyle.fontSize))
        }
        return TransferGeometry(
            left: left, right: right, leftKeys: leftOwners.map(\.key), rightKeys: rightOwners.map { $0?.key },
            edges: edges, headings: headings, bounds: Rect(x: 0, y: 0, width: leftWidth + gap + rightWidth, height: height))
    }
}
