/// The working state of one balanced layout: measures every subtree under a width limit,
/// choosing each manager's arrangement bottom-up, then places the chosen blocks top-down.
/// Each pass is linear in the nodes (times the log of the widest span, for rows of N).
struct BalancedPlanner {
    let boxWidths: [Double]
    let boxHeights: [Double]
    let children: [[Int]]
    let root: Int
    let arranger: BlockArranger
    /// Arrangements fixed in advance (the other side of a before/after), by node.
    let fixed: [Int: ChildArrangement]
    /// Nodes reachable from the root, parents first.
    let preOrder: [Int]
    /// Layers from the root; the top two never hang their reports beside them, where a
    /// reader looks for the shape of the organisation.
    let depth: [Int]
    static let besideFromDepth = 2

    init(
        boxWidths: [Double], boxHeights: [Double], children: [[Int]], root: Int, options: BalancedLayoutOptions,
        fixed: [Int: ChildArrangement]
    ) {
        self.boxWidths = boxWidths
        self.boxHeights = boxHeights
        self.children = children
        self.root = root
        self.arranger = BlockArranger(options: options)
        self.fixed = fixed
        var order: [Int] = []
        order.reserveCapacity(children.count)
        var depth = [Int](repeating: 0, count: children.count)
        var stack = [root]
        while let node = stack.popLast() {
            order.append(node)
            for kid in children[node].reversed() {
                depth[kid] = depth[node] + 1
                stack.append(kid)
            }
        }
        preOrder = order
        self.depth = depth
    }

    /// Every subtree's block when no manager's block may be wider than `limit` (where it
    /// can help it), by node.
    /// `widest`, the blocks under no limit, settles every subtree whose widest block is no
    /// wider than `limit`: each manager in it keeps its row, since a block holds its
    /// reports' blocks, so it is that block again (most subtrees, in most of a search's passes).
    func measure(limit: Double, widest: [SubtreeBlock]? = nil) -> [SubtreeBlock] {
        var blocks = [SubtreeBlock](repeating: SubtreeBlock(box: 0, 0), count: children.count)
        var kids: [SubtreeBlock] = []
        for node in preOrder.reversed() {
            if let widest, widest[node].width <= limit {
                blocks[node] = widest[node]
                continue
            }
            let bw = boxWidths[node]
            let bh = boxHeights[node]
            guard !children[node].isEmpty else {
                blocks[node] = SubtreeBlock(box: bw, bh)
                continue
            }
            kids.removeAll(keepingCapacity: true)
            for kid in children[node] { kids.append(blocks[kid]) }
            let (arrangement, block) = choose(node, kids: kids, limit: limit)
            blocks[node] = SubtreeBlock(
                width: block.width, height: block.height, anchor: block.anchor,
                boxWidth: bw, boxHeight: bh, arrangement: arrangement)
        }
        return blocks
    }

    /// A row when it fits the limit; else the rows of N or spines that fit with the least
    /// height; else reports beside the manager if that fits; else the narrowest.
    func choose(_ node: Int, kids: [SubtreeBlock], limit: Double) -> (ChildArrangement, ArrangedBlock) {
        let bw = boxWidths[node]
        let bh = boxHeights[node]
        func build(_ a: ChildArrangement) -> ArrangedBlock {
            arranger.arrange(a, boxWidth: bw, boxHeight: bh, kids: kids, place: false)
        }
        let openOnTheRight = kids.allSatisfy(\.openOnTheRight)
        if let wanted = fixed[node] {
            let usable = usable(wanted, count: kids.count, openOnTheRight: openOnTheRight)
            return (usable, build(usable))
        }
        let row = build(.row)
        if kids.count == 1 || row.width <= limit { return (.row, row) }
        // The candidates in order, kept as they come: the first of the least height that
        // fits, and the first of the least width (no array per manager and pass: this runs
        // for every manager in each of the search's passes).
        var pick: (ChildArrangement, ArrangedBlock)? = nil
        var narrowest = (ChildArrangement.row, row)
        func consider(_ candidate: (ChildArrangement, ArrangedBlock)) {
            if candidate.1.width <= limit, pick == nil || candidate.1.height < pick!.1.height { pick = candidate }
            if candidate.1.width < narrowest.1.width { narrowest = candidate }
        }
        consider((.row, row))
        if kids.count >= 3 {
            // The widest rows of N that fit: width grows with N (near enough to search).
            var low = 2
            var high = kids.count - 1
            var best = (ChildArrangement.rows(2), build(.rows(2)))
            while low <= high {
                let mid = (low + high) / 2
                let block = build(.rows(mid))
                if block.width <= limit {
                    best = (.rows(mid), block)
                    low = mid + 1
                } else {
                    high = mid - 1
                }
            }
            consider(best)
        }
        if openOnTheRight {
            consider((.spines(1), build(.spines(1))))
            if kids.count >= 4 { consider((.spines(2), build(.spines(2)))) }
        }
        if let pick { return pick }
        // Beside only as the last resort: readers expect reports below their manager.
        if depth[node] >= Self.besideFromDepth {
            let beside = (ChildArrangement.beside, build(.beside))
            if beside.1.width <= limit { return beside }
            if beside.1.width < narrowest.1.width { narrowest = beside }
        }
        return narrowest
    }

    /// `wanted` where it can be drawn for this manager, else the nearest that can.
    func usable(_ wanted: ChildArrangement, count: Int, openOnTheRight: Bool) -> ChildArrangement {
        switch wanted {
        case .rows(let n) where n >= count: return .row
        case .rows(let n) where n < 2: return count > 2 ? .rows(2) : .row
        case .spines where !openOnTheRight: return .beside
        default: return wanted
        }
    }
}
