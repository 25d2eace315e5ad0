/// The hanging (indented) drawing of everything below one node: its descendants in reading
/// order, one box per row, each level shifted right by `indentStep`, and every parent's
/// children joined by a vertical spine on their left with a short tick into each box.
///
/// The tidy layout sees the whole block as one box of `width` × `height` under the node,
/// which is how a wide organisation folds into readable columns.
struct IndentBlock {
    /// The descendants in reading order (pre-order, children in input order).
    let members: [Int]
    /// Each member's box top-left, relative to the block's top-left (`offsets[k]` is that
    /// of `members[k]`).
    let offsets: [Point]
    /// The x (relative) of the spine joining each parent's children; the head's children
    /// hang on the spine at x = 0.
    let spineX: [Int: Double]
    let width: Double
    let height: Double

    /// `head` is the node the block hangs under (drawn by the tidy layout, not part of the
    /// block); `widths[i]` × `heights[i]` is the box of node i.
    init(head: Int, children: [[Int]], widths: [Double], heights: [Double], options: TreeLayoutOptions) {
        let tick = options.indentTick
        let step = options.indentStep
        var members: [Int] = []
        var offsets: [Point] = []
        var spineX: [Int: Double] = [head: 0]
        var y = 0.0, width = 0.0
        // Iterative pre-order with each node's level (1 for the head's children).
        var pending: [(node: Int, level: Int)] = children[head].reversed().map { ($0, 1) }
        while let (node, level) = pending.popLast() {
            let x = Double(level - 1) * step + tick
            members.append(node)
            offsets.append(Point(x: x, y: y))
            width = max(width, x + widths[node])
            y += heights[node] + options.stackRowGap
            if !children[node].isEmpty {
                spineX[node] = Double(level) * step
                for kid in children[node].reversed() { pending.append((kid, level + 1)) }
            }
        }
        self.members = members
        self.offsets = offsets
        self.spineX = spineX
        self.width = width
        self.height = max(0, y - options.stackRowGap)
    }

    /// Places the members' boxes (`rects`, by node) with the block's top-left at `origin`
    /// and marks them stacked.
    func place(origin: Point, rects: inout [Rect], isStacked: inout [Bool]) {
        for (node, offset) in zip(members, offsets) {
            rects[node].x = origin.x + offset.x
            rects[node].y = origin.y + offset.y
            isStacked[node] = true
        }
    }
}
