/// Lays out an org chart so the whole drawing comes near a target aspect: each manager's
/// reports go in a row, rows of N, one or two spines, or beside it, chosen bottom-up under
/// one width limit; the limit is searched (about 25 linear passes) for the drawing whose
/// width over height is closest to the target. Pure geometry: boxes and orthogonal edges.
public enum BalancedLayout {
    /// How many width limits the search tries at most.
    static let searchSteps = 24
    /// How far (as a factor) from the target aspect a drawing may be and still count as
    /// on target: 16:10 accepts 1.2 to 2.2.
    static let tolerance = 1.35

    /// Lays out `input` (edge labels are ignored). `fixed` forces the arrangement of the
    /// managers it names (by id), so two versions of a chart can be drawn alike.
    public static func layout(
        _ input: TreeLayoutInput, options: BalancedLayoutOptions = BalancedLayoutOptions(),
        fixed: [String: ChildArrangement] = [:]
    ) -> BalancedTree {
        guard input.ids.indices.contains(input.root) else {
            return BalancedTree(
                geometry: TreeGeometry(nodes: [], edges: [], bounds: Rect(x: 0, y: 0, width: 0, height: 0)),
                arrangements: [:])
        }
        let planner = makePlanner(input, options: options, fixed: fixed)
        let blocks = bestBlocks(planner, target: options.targetAspect)
        return place(input, planner: planner, blocks: blocks)
    }

    /// The size of the drawing `layout` makes of `input`, without placing its boxes: what
    /// a caller that only asks whether a drawing fits somewhere needs.
    public static func bounds(_ input: TreeLayoutInput, options: BalancedLayoutOptions = BalancedLayoutOptions()) -> Rect {
        guard input.ids.indices.contains(input.root) else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        let root = bestBlocks(makePlanner(input, options: options, fixed: [:]), target: options.targetAspect)[input.root]
        return Rect(x: 0, y: 0, width: root.width, height: root.height)
    }

    static func makePlanner(_ input: TreeLayoutInput, options: BalancedLayoutOptions, fixed: [String: ChildArrangement]) -> BalancedPlanner
    {
        var fixedByIndex: [Int: ChildArrangement] = [:]
        if !fixed.isEmpty {
            for (i, id) in input.ids.enumerated() { if let a = fixed[id] { fixedByIndex[i] = a } }
        }
        return BalancedPlanner(
            boxWidths: input.labels.map(\.width), boxHeights: input.labels.map(\.height),
            children: input.children, root: input.root, options: options, fixed: fixedByIndex)
    }

    /// The measured blocks for the widest limit that lands within `tolerance` of `target`,
    /// else for the limit that comes closest (compared as a factor, so 2:1 and 1:2 count as
    /// equally far from 1:1).
    static func bestBlocks(_ planner: BalancedPlanner, target: Double) -> [SubtreeBlock] {
        let widest = planner.measure(limit: .infinity)
        func distance(_ blocks: [SubtreeBlock]) -> Double {
            let root = blocks[planner.root]
            let ratio = max(root.width, 1) / max(root.height, 1) / target
            return max(ratio, 1 / ratio)
        }
        let unlimited = widest[planner.root]
        // Already no wider than the target: a narrower limit could only make it taller.
        guard unlimited.width > target * unlimited.height else { return widest }
        var best = widest
        var bestDistance = distance(widest)
        // The widest limit whose drawing is within `tolerance` of the target: the most
        // managers keep a plain row.
        var widestGood: (limit: Double, blocks: [SubtreeBlock])? = bestDistance <= tolerance ? (.infinity, widest) : nil
        var low = planner.boxWidths.max() ?? 0
        var high = unlimited.width
        // Limits within 2% of each other give drawings too alike to be worth telling apart.
        for _ in 0..<searchSteps where high > low * 1.02 {
            let limit = (low * high).squareRoot()
            let blocks = planner.measure(limit: limit, widest: widest)
            let root = blocks[planner.root]
            let d = distance(blocks)
            if d < bestDistance { (best, bestDistance) = (blocks, d) }
            if d <= tolerance, limit > (widestGood?.limit ?? 0) { widestGood = (limit, blocks) }
            if root.width > target * root.height { high = limit } else { low = limit }
        }
        return widestGood?.blocks ?? best
    }

    /// Turns the chosen blocks into boxes and edges, top-down.
    static func place(_ input: TreeLayoutInput, planner: BalancedPlanner, blocks: [SubtreeBlock]) -> BalancedTree {
        let n = input.ids.count
        var origin = [Point](repeating: Point(x: 0, y: 0), count: n)
        var depth = [Int](repeating: 0, count: n)
        var parent = [Int](repeating: -1, count: n)
        var stacked = [Bool](repeating: false, count: n)
        var edges: [EdgeGeometry] = []
        edges.reserveCapacity(n)
        var arrangements: [String: ChildArrangement] = [:]
        var kids: [SubtreeBlock] = []
        for node in planner.preOrder where !input.children[node].isEmpty {
            let block = blocks[node]
            arrangements[input.ids[node]] = block.arrangement
            kids.removeAll(keepingCapacity: true)
            for kid in input.children[node] { kids.append(blocks[kid]) }
            let arranged = planner.arranger.arrange(
                block.arrangement, boxWidth: block.boxWidth, boxHeight: block.boxHeight,
                kids: kids, place: true)
            let o = origin[node]
            let hung: Bool
            switch block.arrangement {
            case .spines, .beside: hung = true
            case .row, .rows: hung = false
            }
            for (k, kid) in input.children[node].enumerated() {
                origin[kid] = Point(x: o.x + arranged.offsets[k].x, y: o.y + arranged.offsets[k].y)
                depth[kid] = depth[node] + 1
                parent[kid] = node
                stacked[kid] = hung
                edges.append(
                    EdgeGeometry(
                        from: node, to: kid, points: arranged.edges[k].map { Point(x: $0.x + o.x, y: $0.y + o.y) },
                        kind: .tree))
            }
        }
        var nodes: [NodeGeometry] = []
        nodes.reserveCapacity(n)
        for i in 0..<n {
            let b = blocks[i]
            let rect = Rect(x: origin[i].x + b.boxX, y: origin[i].y, width: b.boxWidth, height: b.boxHeight)
            nodes.append(
                NodeGeometry(
                    id: input.ids[i], rect: rect, label: input.labels[i], edgeLabel: nil, edgeLabelRect: nil,
                    depth: depth[i], parent: parent[i] >= 0 ? parent[i] : nil, isStacked: stacked[i]))
        }
        let root = blocks[input.root]
        let geometry = TreeGeometry(nodes: nodes, edges: edges, bounds: Rect(x: 0, y: 0, width: root.width, height: root.height))
        return BalancedTree(geometry: geometry, arrangements: arrangements)
    }
}
