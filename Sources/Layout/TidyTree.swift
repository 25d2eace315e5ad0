/// A tidy layout for trees of boxes of different sizes, after A. van der Ploeg, "Drawing
/// non-layered tidy trees in linear time" (Software: Practice and Experience, 2014).
///
/// The caller fixes every box's size and its `y` (a child must start below its parent's
/// bottom; rows of equal depth may share a `y` or not); the layout chooses the `x` of each
/// box so that: siblings keep their order, a parent is centred over its first and last
/// child, no two boxes overlap (`gap` apart at least, measured between boxes whose vertical
/// extents overlap), and the drawing of a mirrored tree is the mirror image.
///
/// It runs in time linear in the number of nodes: subtrees are compared through their
/// contours only, contours that end are continued by threads, and the shifts that spread
/// the smaller middle subtrees evenly are accumulated and applied in one final pass.
public struct TidyTree {
    /// Node indices are positions in these arrays; `children[i]` are in drawing order.
    public var widths: [Double]
    public var heights: [Double]
    public var ys: [Double]
    public var children: [[Int]]
    public var root: Int
    /// Minimum horizontal distance between boxes.
    public var gap: Double

    public init(widths: [Double], heights: [Double], ys: [Double], children: [[Int]], root: Int, gap: Double) {
        self.widths = widths
        self.heights = heights
        self.ys = ys
        self.children = children
        self.root = root
        self.gap = gap
    }

    /// The left edge of every box, shifted so that the leftmost box starts at 0.
    /// Nodes not reachable from the root get 0.
    public func xPositions() -> [Double] {
        var state = State(count: widths.count)
        let order = preOrder()
        // Step 1 (first walk): bottom-up, so every child's subtree is laid out before its
        // parent places the children side by side. A reversed pre-order visits each child
        // before its parent, which is all the first walk needs.
        for node in order.reversed() {
            firstWalk(node, &state)
        }
        // Step 2 (second walk): top-down, turn relative positions into absolute ones.
        var xs = [Double](repeating: 0, count: widths.count)
        var modSum = [Double](repeating: 0, count: widths.count)
        for node in order {
            let inherited = node == root ? 0 : modSum[state.parent[node]]
            modSum[node] = inherited + state.mod[node]
            xs[node] = state.prelim[node] + modSum[node]
            addChildSpacing(node, &state)
        }
        let minX = order.map { xs[$0] }.min() ?? 0
        for node in order { xs[node] -= minX }
        return xs
    }

    /// Per-node working values of the algorithm (indices as in the input arrays).
    struct State {
        /// Position relative to the parent's accumulated modifier.
        var prelim: [Double]
        /// Shift applied to the whole subtree (summed down the tree in the second walk).
        var mod: [Double]
        /// Walker's spreading of smaller middle subtrees: per-child shift and its change.
        var shift: [Double]
        var change: [Double]
        /// Threads: where the left/right contour continues below a node with no children.
        var threadLeft: [Int]
        var threadRight: [Int]
        /// The lowest node of the subtree's left and right contour, and the sums of
        /// modifiers from the subtree root down to them.
        var extremeLeft: [Int]
        var extremeRight: [Int]
        var modSumExtremeLeft: [Double]
        var modSumExtremeRight: [Double]
        var parent: [Int]

        init(count: Int) {
            prelim = Array(repeating: 0, count: count)
            mod = prelim
            shift = prelim
            change = prelim
            threadLeft = Array(repeating: -1, count: count)
            threadRight = threadLeft
            extremeLeft = threadLeft
            extremeRight = threadLeft
            modSumExtremeLeft = prelim
            modSumExtremeRight = prelim
            parent = threadLeft
        }
    }

    /// Nodes reachable from the root, parents before children (iterative: deep org charts
    /// must not exhaust a thread's stack).
    func preOrder() -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(widths.count)
        var stack = [root]
        while let node = stack.popLast() {
            order.append(node)
            stack.append(contentsOf: children[node].reversed())
        }
        return order
    }

    func bottom(_ node: Int) -> Double { ys[node] + heights[node] }

    /// Lays out `node`'s children side by side, each pushed right just far enough to clear
    /// the subtrees left of it, then centres `node` over them.
    func firstWalk(_ node: Int, _ s: inout State) {
        let kids = children[node]
        for kid in kids { s.parent[kid] = node }
        guard let first = kids.first else {
            setExtremes(node, &s)
            return
        }
        // The "index of the lowest y" list: for the siblings placed so far, which sibling
        // owns the right contour down to which depth. A shift found against a contour node
        // is spread over the siblings between that owner and the new child.
        var lowest = LowestIndexList(lowY: bottom(s.extremeLeft[first]), index: 0, next: nil)
        for i in 1..<kids.count {
            let kid = kids[i]
            let minY = bottom(s.extremeRight[kid])
            // Start with the child's box just right of its left sibling's box: siblings
            // share their top, so this is the closest the two subtrees can ever be, and
            // the contour sweep below only has to push right from here.
            let previous = kids[i - 1]
            let start = s.prelim[previous] + s.mod[previous] + widths[previous] + gap - s.prelim[kid]
            s.mod[kid] += start
            s.modSumExtremeLeft[kid] += start
            s.modSumExtremeRight[kid] += start
            separate(node, i, lowest, &s)
            lowest = LowestIndexList.update(minY: minY, index: i, list: lowest)
        }
        positionRoot(node, &s)
        setExtremes(node, &s)
    }

    func setExtremes(_ node: Int, _ s: inout State) {
        let kids = children[node]
        if let first = kids.first, let last = kids.last {
            s.extremeLeft[node] = s.extremeLeft[first]
            s.modSumExtremeLeft[node] = s.modSumExtremeLeft[first]
            s.extremeRight[node] = s.extremeRight[last]
            s.modSumExtremeRight[node] = s.modSumExtremeRight[last]
        } else {
            s.extremeLeft[node] = node
            s.extremeRight[node] = node
            s.modSumExtremeLeft[node] = 0
            s.modSumExtremeRight[node] = 0
        }
    }

    /// Walks down the right contour of children 0..<i and the left contour of child i
    /// together, moving child i right wherever the two come closer than `gap`.
    func separate(_ node: Int, _ i: Int, _ lowest: LowestIndexList, _ s: inout State) {
        let kids = children[node]
        var right: Int = kids[i - 1]  // right contour of the left siblings
        var modSumRight = s.mod[right]
        var left: Int = kids[i]  // left contour of the new child
        var modSumLeft = s.mod[left]
        var owner: LowestIndexList? = lowest
        while right >= 0 && left >= 0 {
            if let o = owner, bottom(right) > o.lowY { owner = o.next }
            let distance = (modSumRight + s.prelim[right] + widths[right] + gap) - (modSumLeft + s.prelim[left])
            if distance > 0 {
                modSumLeft += distance
                moveSubtree(node, i, owner?.index ?? (i - 1), distance, &s)
            }
            let rightBottom = bottom(right)
            let leftBottom = bottom(left)
            // Advance along whichever contour ends higher (both when level).
            if rightBottom <= leftBottom {
                right = nextRightContour(right, s)
                if right >= 0 { modSumRight += s.mod[right] }
            }
            if rightBottom >= leftBottom {
                left = nextLeftContour(left, s)
                if left >= 0 { modSumLeft += s.mod[left] }
            }
        }
        // One contour ran out: thread the shorter side onto the longer one so the next
        // comparison can follow it, fixing modifiers so positions are unchanged.
        if right < 0 && left >= 0 {
            setLeftThread(node, i, left, modSumLeft, &s)
        } else if right >= 0 && left < 0 {
            setRightThread(node, i, right, modSumRight, &s)
        }
    }

    /// Moves child i's subtree by `distance`, and records how to spread that move over the
    /// siblings between `fromIndex` (the owner of the contour it collided with) and i.
    func moveSubtree(_ node: Int, _ i: Int, _ fromIndex: Int, _ distance: Double, _ s: inout State) {
        let kids = children[node]
        let kid = kids[i]
        s.mod[kid] += distance
        s.modSumExtremeLeft[kid] += distance
        s.modSumExtremeRight[kid] += distance
        if fromIndex != i - 1 {
            let count = Double(i - fromIndex)
            s.shift[kids[fromIndex + 1]] += distance / count
            s.shift[kid] -= distance / count
            s.change[kid] -= distance - distance / count
        }
    }

    func nextLeftContour(_ node: Int, _ s: State) -> Int {
        children[node].first ?? s.threadLeft[node]
    }

    func nextRightContour(_ node: Int, _ s: State) -> Int {
        children[node].last ?? s.threadRight[node]
    }

    func setLeftThread(_ node: Int, _ i: Int, _ contour: Int, _ modSum: Double, _ s: inout State) {
        let kids = children[node]
        let first = kids[0]
        let lowestLeft = s.extremeLeft[first]
        s.threadLeft[lowestLeft] = contour
        // The thread's target is reached through `lowestLeft`'s modifiers in later walks:
        // adjust them so the target's absolute position comes out unchanged.
        let difference = (modSum - s.mod[contour]) - s.modSumExtremeLeft[first]
        s.mod[lowestLeft] += difference
        s.prelim[lowestLeft] -= difference
        s.extremeLeft[first] = s.extremeLeft[kids[i]]
        s.modSumExtremeLeft[first] = s.modSumExtremeLeft[kids[i]]
    }

    func setRightThread(_ node: Int, _ i: Int, _ contour: Int, _ modSum: Double, _ s: inout State) {
        let kids = children[node]
        let kid = kids[i]
        let lowestRight = s.extremeRight[kid]
        s.threadRight[lowestRight] = contour
        let difference = (modSum - s.mod[contour]) - s.modSumExtremeRight[kid]
        s.mod[lowestRight] += difference
        s.prelim[lowestRight] -= difference
        s.extremeRight[kid] = s.extremeRight[kids[i - 1]]
        s.modSumExtremeRight[kid] = s.modSumExtremeRight[kids[i - 1]]
    }

    /// Centres the parent over the centres of its first and last child.
    func positionRoot(_ node: Int, _ s: inout State) {
        let kids = children[node]
        let first = kids[0]
        let last = kids[kids.count - 1]
        let firstCentre = s.prelim[first] + s.mod[first] + widths[first] / 2
        let lastCentre = s.prelim[last] + s.mod[last] + widths[last] / 2
        s.prelim[node] = (firstCentre + lastCentre) / 2 - widths[node] / 2
    }

    /// Applies the spreading recorded by `moveSubtree` to the children of `node`.
    func addChildSpacing(_ node: Int, _ s: inout State) {
        var speed = 0.0
        var accumulated = 0.0
        for kid in children[node] {
            speed += s.shift[kid]
            accumulated += speed + s.change[kid]
            s.mod[kid] += accumulated
        }
    }
}
