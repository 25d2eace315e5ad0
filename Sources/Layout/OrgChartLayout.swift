import OrgModel

/// Geometry of an org chart: unit boxes laid out by `BalancedLayout` near the chart's
/// target aspect, with dotted-line managers joined by extra dashed edges.
public enum OrgChartLayout {
    /// Widest a label line may be before it wraps.
    public static let maxTextWidth: Double = 150
    public static let minBoxWidth: Double = 96

    /// The layout options for `chart`: the defaults, aiming at the chart's own aspect
    /// when it names one.
    public static func defaultOptions(for chart: OrgChart) -> BalancedLayoutOptions {
        BalancedLayoutOptions(targetAspect: chart.aspect)
    }

    /// The most characters of a name or title a box shows; longer ones end in "…". A box
    /// is a label, not a page, and this keeps wrapping and drawing a 10 MB name cheap.
    public static let maxLabelCharacters = 120

    /// The box label of `unit`, with `badges` (the org diff's MOVED, NEW …) on top and
    /// `notes` (small lines, such as dotted lines to other pages) below.
    public static func label(_ unit: OrgUnit, badges: [String] = [], notes: [String] = []) -> BoxLabel {
        var paragraphs: [(text: String, style: TextStyle)] = []
        for badge in badges { paragraphs.append((badge, .badge)) }
        paragraphs.append((capped(unit.name), .name))
        if let title = unit.title, !title.isEmpty { paragraphs.append((capped(title), .detail)) }
        for note in notes { paragraphs.append((capped(note), .detail)) }
        return BoxLabel(paragraphs, maxTextWidth: maxTextWidth, minWidth: minBoxWidth)
    }

    /// `text`, or its first `maxLabelCharacters` characters and an ellipsis; reads only as
    /// far as it keeps.
    static func capped(_ text: String) -> String {
        // Bytes first: a text this short in bytes cannot have too many characters.
        guard text.utf8.count > maxLabelCharacters else { return text }
        var end = text.startIndex
        for _ in 0..<maxLabelCharacters {
            guard end < text.endIndex else { return text }
            end = text.index(after: end)
        }
        return end == text.endIndex ? text : String(text[..<end]) + "…"
    }

    /// The layout input of `chart`: node `i` is `chart.units[i]`.
    /// `notes` adds small lines under some units' labels, by unit index.
    public static func input(_ chart: OrgChart, badges: [String: [String]] = [:], notes: [Int: [String]] = [:]) -> TreeLayoutInput {
        let units = chart.units
        var labels: [BoxLabel] = []
        labels.reserveCapacity(units.count)
        var children: [[Int]] = Array(repeating: [], count: units.count)
        for (i, unit) in units.enumerated() {
            labels.append(label(unit, badges: badges.isEmpty ? [] : badges[unit.id] ?? [], notes: notes.isEmpty ? [] : notes[i] ?? []))
            if let parent = unit.parent, let p = chart.indexByID[parent] { children[p].append(i) }
        }
        let root = chart.indexByID[chart.rootID] ?? 0
        return TreeLayoutInput(ids: units.map(\.id), labels: labels, children: children, root: root)
    }

    /// Lays out `chart`; `badges` adds short capitalised tags on top of some units' boxes.
    /// Node `i` of the result is `chart.units[i]`.
    public static func layout(
        _ chart: OrgChart, badges: [String: [String]] = [:],
        options: BalancedLayoutOptions? = nil
    ) -> TreeGeometry {
        balanced(chart, badges: badges, options: options).geometry
    }

    /// The same, with the arrangement chosen per manager; `fixed` forces some of them (by
    /// unit id), so the two sides of a before/after use the same strategy per unit.
    public static func balanced(
        _ chart: OrgChart, badges: [String: [String]] = [:], options: BalancedLayoutOptions? = nil,
        fixed: [String: ChildArrangement] = [:]
    ) -> BalancedTree {
        let options = options ?? defaultOptions(for: chart)
        var tree = BalancedLayout.layout(input(chart, badges: badges), options: options, fixed: fixed)
        var (dotted, unrouted) = DottedLineRouter.route(chart, geometry: tree.geometry)
        if !unrouted.isEmpty {
            // Ends too far apart to route: each box names the other end in a line of its
            // label, so the chart is laid out again with those lines, and both ends get a
            // stub. Lines routed the first time are routed again on the new layout.
            var notes: [Int: [String]] = [:]
            for (m, k) in unrouted {
                notes[m, default: []].append("⋯ dotted from: \(chart.units[k].name)")
                notes[k, default: []].append("⋯ dotted to: \(chart.units[m].name)")
            }
            tree = BalancedLayout.layout(input(chart, badges: badges, notes: notes), options: options, fixed: fixed)
            let far = unrouted
            let n = chart.units.count
            let farKeys = Set(far.map { $0.manager * n + $0.unit })
            (dotted, unrouted) = DottedLineRouter.route(chart, geometry: tree.geometry)
            dotted = dotted.filter { !farKeys.contains($0.from * n + $0.to) }
            // A line that was near the first time but not now also gets stubs, without a
            // label line (rare: the boxes moved only by the new lines).
            var slots: [Int: Int] = [:]
            for (m, k) in far + unrouted.filter({ !farKeys.contains($0.manager * n + $0.unit) }) {
                for node in [m, k] {
                    let slot = slots[node, default: 0]
                    slots[node] = slot + 1
                    dotted.append(
                        EdgeGeometry(
                            from: m, to: k, points: DottedLineRouter.stub(from: tree.geometry.nodes[node].rect, slot: slot),
                            kind: .dottedStub))
                }
            }
        }
        tree.geometry.edges.append(contentsOf: dotted)
        return tree
    }
}
