/// The working state of one `TreeLayout.layout` call.
struct TreeLayoutPlanner {
    let input: TreeLayoutInput
    let options: TreeLayoutOptions
    var depth: [Int] = []
    var parent: [Int] = []
    var order: [Int] = []
    /// The slot a node takes in the tidy layout: its box plus the edge label above it.
    var slotWidth: [Double] = []
    var slotHeight: [Double] = []
    /// Managers whose leaf children hang off spines, keyed by manager index.
    var stacks: [Int: StackBlock] = [:]
    /// True once `prepare` ran.
    private var isPrepared = false

    init(input: TreeLayoutInput, options: TreeLayoutOptions) {
        self.input = input
        self.options = options
    }

    /// Where every box goes and how big the drawing is, without building nodes and edges.
    mutating func arrange() -> TreeArrangement {
        let n = input.ids.count
        if !isPrepared { prepare() }

        // The tidy tree: stacked children are replaced by one block node under their manager.
        var stackOrder = stacks.keys.sorted()
        var widths = slotWidth
        var heights = slotHeight
        var tidyChildren = input.children
        var blockIndex: [Int: Int] = [:]
        for manager in stackOrder {
            let size = (stacks[manager]!.width, stacks[manager]!.height)
            blockIndex[manager] = widths.count
            tidyChildren[manager] = [widths.count]
            widths.append(size.0)
            heights.append(size.1)
            tidyChildren.append([])
        }
        let (ys, reach) = rowTops(heights: heights, blockIndex: blockIndex)
        let xs = TidyTree(
            widths: widths, heights: reach, ys: ys, children: tidyChildren,
            root: input.root, gap: options.siblingGap
        ).xPositions()

        var rects: [Rect] = []
        rects.reserveCapacity(n)
        var edgeLabelRects: [Rect?] = Array(repeating: nil, count: n)
        for i in 0..<n {
            let label = input.labels[i]
            if let edgeLabel = input.edgeLabels[i] {
                edgeLabelRects[i] = Rect(
                    x: xs[i] + (slotWidth[i] - edgeLabel.width) / 2, y: ys[i],
                    width: edgeLabel.width, height: edgeLabel.height)
            }
            rects.append(
                Rect(
                    x: xs[i] + (slotWidth[i] - label.width) / 2, y: ys[i] + labelAllowance(i),
                    width: label.width, height: label.height))
        }
        var isStacked = Array(repeating: false, count: n)
        stackOrder = stackOrder.filter { blockIndex[$0] != nil }
        var spineXs: [Int: [Double]] = [:]
        for manager in stackOrder {
            let b = blockIndex[manager]!
            spineXs[manager] = stacks[manager]!.place(
                children: input.children[manager], origin: Point(x: xs[b], y: ys[b]),
                rects: &rects, isStacked: &isStacked)
        }

        // A block's full extent belongs to the drawing even where its last row is short,
        // so mirrored trees get the same size.
        var bounds = Rect(x: 0, y: 0, width: 0, height: 0)
        for (_, b) in blockIndex { bounds = bounds.union(Rect(x: xs[b], y: ys[b], width: widths[b], height: heights[b])) }
        for i in 0..<n {
            bounds = bounds.union(rects[i])
            if let r = edgeLabelRects[i] { bounds = bounds.union(r) }
        }
        return TreeArrangement(
            xs: xs, ys: ys, blockIndex: blockIndex, rects: rects, edgeLabelRects: edgeLabelRects,
            isStacked: isStacked, spineXs: spineXs, bounds: bounds)
    }

    /// The nodes and edges of an arrangement made by this planner.
    func geometry(_ arrangement: TreeArrangement) -> TreeGeometry {
        let n = input.ids.count
        let ys = arrangement.ys
        let blockIndex = arrangement.blockIndex
        let spineXs = arrangement.spineXs
        var nodes: [NodeGeometry] = []
        nodes.reserveCapacity(n)
        for i in 0..<n {
            nodes.append(
                NodeGeometry(
                    id: input.ids[i], rect: arrangement.rects[i], label: input.labels[i], edgeLabel: input.edgeLabels[i],
                    edgeLabelRect: arrangement.edgeLabelRects[i], depth: depth[i], parent: parent[i] >= 0 ? parent[i] : nil,
                    isStacked: arrangement.isStacked[i]))
        }

        var edges: [EdgeGeometry] = []
        edges.reserveCapacity(n)
        for node in order {
            let kids = input.children[node]
            guard !kids.isEmpty else { continue }
            let box = nodes[node].rect
            let busY: Double
            if let b = blockIndex[node] {
                busY = ys[b] - options.levelGap / 2
            } else {
                busY = ys[kids[0]] - options.levelGap / 2
            }
            let start = Point(x: box.midX, y: box.maxY)
            for (k, kid) in kids.enumerated() {
                let target = nodes[kid].rect
                // One small array per edge, simplified in place (big charts have thousands).
                var points: [Point] = []
                points.reserveCapacity(5)
                points.append(start)
                points.append(Point(x: box.midX, y: busY))
                if let spines = spineXs[node], let stack = stacks[node] {
                    let spineX = spines[stack.spine(of: k)]
                    let side = stack.isLeft(k) ? target.maxX : target.x
                    points.append(Point(x: spineX, y: busY))
                    points.append(Point(x: spineX, y: target.midY))
                    points.append(Point(x: side, y: target.midY))
                } else {
                    // Through the edge label (drawn over the line) down to the box.
                    points.append(Point(x: target.midX, y: busY))
                    points.append(Point(x: target.midX, y: target.y))
                }
                simplify(&points)
                edges.append(EdgeGeometry(from: node, to: kid, points: points, kind: .tree))
            }
        }

        return TreeGeometry(nodes: nodes, edges: edges, bounds: arrangement.bounds)
    }

    /// Depths and order, slot sizes, and the managers whose leaf reports stack.
    mutating func prepare() {
        let n = input.ids.count
        walkFromRoot()
        slotWidth = (0..<n).map { max(input.labels[$0].width, input.edgeLabels[$0]?.width ?? 0) }
        slotHeight = (0..<n).map { input.labels[$0].height + labelAllowance($0) }
        findStacks()
        isPrepared = true
    }

    /// Height taken above a box by the label of the edge into it.
    func labelAllowance(_ i: Int) -> Double {
        input.edgeLabels[i].map { $0.height + options.edgeLabelGap } ?? 0
    }

    /// Depth, parent and a parents-first order of the nodes reachable from the root.
    mutating func walkFromRoot() {
        let n = input.ids.count
        depth = Array(repeating: 0, count: n)
        parent = Array(repeating: -1, count: n)
        order.reserveCapacity(n)
        var stack = [input.root]
        while let node = stack.popLast() {
            order.append(node)
            for kid in input.children[node].reversed() {
                parent[kid] = node
                depth[kid] = depth[node] + 1
                stack.append(kid)
            }
        }
    }

    mutating func findStacks() {
        guard let threshold = options.stackThreshold else { return }
        for node in order {
            let kids = input.children[node]
            guard kids.count > threshold,
                kids.allSatisfy({ input.children[$0].isEmpty && input.edgeLabels[$0] == nil })
            else { continue }
            stacks[node] = StackBlock(sizes: kids.map { (slotWidth[$0], slotHeight[$0]) }, options: options)
        }
    }

    /// The top of every slot: one row per depth when layered, else just below the parent.
    /// Also how far down each node reaches for the contour comparison: down to where its
    /// children start, so a contour has no holes between a box and the row below it (a
    /// hole would let the sweep compare boxes that do not share any height, which
    /// separates subtrees more than needed and breaks mirror symmetry).
    func rowTops(heights: [Double], blockIndex: [Int: Int]) -> (ys: [Double], reach: [Double]) {
        var ys = Array(repeating: 0.0, count: heights.count)
        var reach = heights.map { $0 + options.levelGap }
        if options.layered {
            let maxDepth = (depth.max() ?? 0) + 1
            var rowHeight = Array(repeating: 0.0, count: maxDepth + 1)
            for node in order where parent[node] < 0 || stacks[parent[node]] == nil {
                rowHeight[depth[node]] = max(rowHeight[depth[node]], heights[node])
            }
            var tops = Array(repeating: 0.0, count: maxDepth + 1)
            for d in 1...maxDepth { tops[d] = tops[d - 1] + rowHeight[d - 1] + options.levelGap }
            for node in order {
                ys[node] = tops[depth[node]]
                reach[node] = rowHeight[depth[node]] + options.levelGap
            }
            for (manager, b) in blockIndex { ys[b] = tops[depth[manager] + 1] }
        } else {
            for node in order where parent[node] >= 0 {
                ys[node] = ys[parent[node]] + heights[parent[node]] + options.levelGap
            }
            for (manager, b) in blockIndex { ys[b] = ys[manager] + heights[manager] + options.levelGap }
        }
        return (ys, reach)
    }

    /// Drops repeated points and middle points of straight runs, in place: the kept
    /// points move to the front (a kept point never lies ahead of the one being read).
    func simplify(_ points: inout [Point]) {
        var kept = 0
        for i in points.indices {
            let p = points[i]
            if kept > 0 {
                let last = points[kept - 1]
                if abs(last.x - p.x) < 1e-9 && abs(last.y - p.y) < 1e-9 { continue }
            }
            if kept >= 2 {
                let a = points[kept - 2]
                let b = points[kept - 1]
                let straight = (abs(a.x - b.x) < 1e-9 && abs(b.x - p.x) < 1e-9) || (abs(a.y - b.y) < 1e-9 && abs(b.y - p.y) < 1e-9)
                if straight {
                    points[kept - 1] = p
                    continue
                }
            }
            points[kept] = p
            kept += 1
        }
        points.removeLast(points.count - kept)
    }
}
