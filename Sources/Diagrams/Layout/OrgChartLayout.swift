import OrgModel

/// Geometry of an org chart: a tidy tree of unit boxes, top-down, with dotted-line
/// managers joined by extra dashed edges.
public enum OrgChartLayout {
    /// Widest a label line may be before it wraps.
    public static let maxTextWidth: Double = 150
    public static let minBoxWidth: Double = 96

    /// Lays out `chart`; `badges` adds short capitalised tags on top of some units' boxes
    /// (the org diff's MOVED, NEW …). Node `i` of the result is `chart.units[i]`.
    /// Charts with more units than this stack every group of three or more leaf reports,
    /// not only groups above the usual threshold: the bottom row of a big organisation is
    /// what makes it wide.
    public static let compactAbove = 60

    /// Org charts wider than this fold their lower levels into indented columns.
    public static let foldWidth: Double = 1600

    /// The layout options for `chart`: the defaults, with leaf stacking made eager for big
    /// charts (see `compactAbove`), and folding on (see `foldWidth`).
    public static func defaultOptions(for chart: OrgChart) -> TreeLayoutOptions {
        var options = TreeLayoutOptions()
        options.foldWidth = foldWidth
        if chart.units.count > compactAbove { options.stackThreshold = 2 }
        return options
    }

    public static func layout(_ chart: OrgChart, badges: [String: [String]] = [:],
                              options: TreeLayoutOptions? = nil) -> TreeGeometry {
        let options = options ?? defaultOptions(for: chart)
        let units = chart.units
        var labels: [BoxLabel] = []
        labels.reserveCapacity(units.count)
        var children: [[Int]] = Array(repeating: [], count: units.count)
        for (i, unit) in units.enumerated() {
            var paragraphs: [(text: String, style: TextStyle)] = []
            if !badges.isEmpty { for badge in badges[unit.id] ?? [] { paragraphs.append((badge, .badge)) } }
            paragraphs.append((unit.name, .name))
            if let title = unit.title, !title.isEmpty { paragraphs.append((title, .detail)) }
            labels.append(BoxLabel(paragraphs, maxTextWidth: maxTextWidth, minWidth: minBoxWidth))
            if let parent = unit.parent, let p = chart.indexByID[parent] { children[p].append(i) }
        }
        let root = chart.indexByID[chart.rootID] ?? 0
        var geometry = TreeLayout.layout(
            TreeLayoutInput(ids: units.map(\.id), labels: labels, children: children, root: root),
            options: options)
        for (i, unit) in units.enumerated() {
            for manager in unit.dotted {
                guard let m = chart.indexByID[manager], m != i else { continue }
                let points = dottedPath(from: geometry.nodes[m].rect, to: geometry.nodes[i].rect)
                geometry.edges.append(EdgeGeometry(from: m, to: i, points: points, kind: .dotted))
            }
        }
        return geometry
    }

    /// A straight dashed line from the side of the manager's box facing the unit to the
    /// unit's box: its top when the unit sits lower, else its facing side.
    static func dottedPath(from manager: Rect, to unit: Rect) -> [Point] {
        let towardsRight = unit.midX >= manager.midX
        let start = Point(x: towardsRight ? manager.maxX : manager.x, y: manager.midY)
        let end: Point
        if unit.y > manager.maxY {
            end = Point(x: unit.midX, y: unit.y)
        } else {
            end = Point(x: towardsRight ? unit.x : unit.maxX, y: unit.midY)
        }
        return [start, end]
    }
}
