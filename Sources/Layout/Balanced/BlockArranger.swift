/// The geometry of each `ChildArrangement`: given a manager's box and its reports' blocks,
/// how big the manager's block is and (when `place` is true) where each report's block
/// goes and the reporting line into it. Pure arithmetic over one manager; every trunk and
/// spine runs in a corridor of its own, so no line meets a box or another manager's line.
struct BlockArranger {
    let options: BalancedLayoutOptions

    func arrange(
        _ arrangement: ChildArrangement, boxWidth: Double, boxHeight: Double, kids: [SubtreeBlock],
        place: Bool
    ) -> ArrangedBlock {
        switch arrangement {
        case .row: row(boxWidth, boxHeight, kids, place)
        case .rows(let n): rows(max(1, n), boxWidth, boxHeight, kids, place)
        case .spines(let n): spines(max(1, min(2, n)), boxWidth, boxHeight, kids, place)
        case .beside: beside(boxWidth, boxHeight, kids, place)
        }
    }

    /// Centres the manager box on `centre` over content spanning `left...right`, and moves
    /// everything so the block starts at x = 0.
    private func finish(_ block: inout ArrangedBlock, centre: Double, boxWidth: Double, contentRight: Double) {
        let boxLeft = centre - boxWidth / 2
        let minX = min(0, boxLeft)
        block.width = max(contentRight, boxLeft + boxWidth) - minX
        block.anchor = centre
        block.shift(by: -minX)
    }

    private func row(_ bw: Double, _ bh: Double, _ kids: [SubtreeBlock], _ place: Bool) -> ArrangedBlock {
        let top = bh + options.levelGap
        var x = 0.0
        var tallest = 0.0
        var block = ArrangedBlock(width: 0, height: 0, anchor: 0)
        var firstAnchor = 0.0
        var lastAnchor = 0.0
        for (i, kid) in kids.enumerated() {
            if i == 0 { firstAnchor = x + kid.anchor }
            lastAnchor = x + kid.anchor
            if place { block.offsets.append(Point(x: x, y: top)) }
            tallest = max(tallest, kid.height)
            x += kid.width + options.siblingGap
        }
        // Centred over the first and last report's boxes, as a tidy tree centres a parent.
        let centre = (firstAnchor + lastAnchor) / 2
        block.height = top + tallest
        if place {
            let busY = bh + options.levelGap / 2
            for (kid, offset) in zip(kids, block.offsets) {
                let ax = offset.x + kid.anchor
                block.edges.append(
                    Self.simplified([
                        Point(x: centre, y: bh), Point(x: centre, y: busY),
                        Point(x: ax, y: busY), Point(x: ax, y: top),
                    ]))
            }
        }
        finish(&block, centre: centre, boxWidth: bw, contentRight: x - options.siblingGap)
        return block
    }

    /// Rows of `n`: each row's first half ends at the corridor, its second half starts
    /// after it, so the trunk passes every row between boxes.
    private func rows(_ n: Int, _ bw: Double, _ bh: Double, _ kids: [SubtreeBlock], _ place: Bool) -> ArrangedBlock {
        let gap = options.siblingGap
        var leftMax = 0.0
        var rightMax = 0.0
        var start = 0
        while start < kids.count {
            let end = min(start + n, kids.count)
            let split = start + (end - start + 1) / 2
            leftMax = max(leftMax, span(kids, start..<split))
            rightMax = max(rightMax, span(kids, split..<end))
            start = end
        }
        let trunk = leftMax + options.corridor / 2
        var block = ArrangedBlock(width: 0, height: 0, anchor: 0)
        var y = bh + options.levelGap
        start = 0
        while start < kids.count {
            let end = min(start + n, kids.count)
            let split = start + (end - start + 1) / 2
            var tallest = 0.0
            var x = leftMax - span(kids, start..<split)
            for i in start..<end {
                if i == split { x = leftMax + options.corridor }
                let kid = kids[i]
                tallest = max(tallest, kid.height)
                if place {
                    let busY = y - options.levelGap / 2
                    let ax = x + kid.anchor
                    block.offsets.append(Point(x: x, y: y))
                    block.edges.append(
                        Self.simplified([
                            Point(x: trunk, y: bh), Point(x: trunk, y: busY),
                            Point(x: ax, y: busY), Point(x: ax, y: y),
                        ]))
                }
                x += kid.width + gap
            }
            y += tallest + options.levelGap
            start = end
        }
        block.height = y - options.levelGap
        finish(&block, centre: trunk, boxWidth: bw, contentRight: leftMax + options.corridor + rightMax)
        return block
    }

    /// Width of `kids[range]` side by side.
    private func span(_ kids: [SubtreeBlock], _ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        var total = Double(range.count - 1) * options.siblingGap
        for i in range { total += kids[i].width }
        return total
    }

    /// One or two spines; on each, reports alternate left and right, row by row.
    private func spines(_ count: Int, _ bw: Double, _ bh: Double, _ kids: [SubtreeBlock], _ place: Bool) -> ArrangedBlock {
        let perSpine = (kids.count + count - 1) / count
        let top = bh + options.levelGap
        var block = ArrangedBlock(width: 0, height: top, anchor: 0)
        var spineXs: [Double] = []
        // Per report when placing: its spine and the tick's y and end.
        var ticks: [(spine: Int, y: Double, x: Double)] = []
        var x = 0.0
        var start = 0
        while start < kids.count {
            let end = min(start + perSpine, kids.count)
            var leftWidth = 0.0
            var rightWidth = 0.0
            for i in start..<end {
                if (i - start) % 2 == 0 { leftWidth = max(leftWidth, kids[i].width) } else { rightWidth = max(rightWidth, kids[i].width) }
            }
            let spineX = x + leftWidth + options.corridor / 2
            spineXs.append(spineX)
            var y = top
            var i = start
            while i < end {
                let left = kids[i]
                var tallest = left.height
                if place {
                    let lx = x + leftWidth - left.width
                    block.offsets.append(Point(x: lx, y: y))
                    ticks.append((spineXs.count - 1, y + left.boxHeight / 2, lx + left.boxX + left.boxWidth))
                }
                if i + 1 < end {
                    let right = kids[i + 1]
                    tallest = max(tallest, right.height)
                    if place {
                        let rx = x + leftWidth + options.corridor
                        block.offsets.append(Point(x: rx, y: y))
                        ticks.append((spineXs.count - 1, y + right.boxHeight / 2, rx + right.boxX))
                    }
                }
                y += tallest + options.stackGap
                i += 2
            }
            block.height = max(block.height, y - options.stackGap)
            x += leftWidth + options.corridor + rightWidth + options.siblingGap
            start = end
        }
        let centre = (spineXs[0] + spineXs[spineXs.count - 1]) / 2
        if place {
            let busY = bh + options.levelGap / 2
            for tick in ticks {
                let spineX = spineXs[tick.spine]
                block.edges.append(
                    Self.simplified([
                        Point(x: centre, y: bh), Point(x: centre, y: busY), Point(x: spineX, y: busY),
                        Point(x: spineX, y: tick.y), Point(x: tick.x, y: tick.y),
                    ]))
            }
        }
        finish(&block, centre: centre, boxWidth: bw, contentRight: x - options.siblingGap)
        return block
    }

    /// Reports stacked to the right of the manager, on a spine leaving its right side.
    private func beside(_ bw: Double, _ bh: Double, _ kids: [SubtreeBlock], _ place: Bool) -> ArrangedBlock {
        let left = bw + options.corridor
        let spineX = bw + options.corridor / 2
        let midY = bh / 2
        var block = ArrangedBlock(width: 0, height: 0, anchor: bw / 2)
        var y = 0.0
        var widest = 0.0
        for kid in kids {
            widest = max(widest, kid.width)
            if place {
                let tickY = y + kid.boxHeight / 2
                block.offsets.append(Point(x: left, y: y))
                block.edges.append(
                    Self.simplified([
                        Point(x: bw, y: midY), Point(x: spineX, y: midY),
                        Point(x: spineX, y: tickY), Point(x: left + kid.boxX, y: tickY),
                    ]))
            }
            y += kid.height + options.stackGap
        }
        block.width = left + widest
        block.height = max(bh, y - options.stackGap)
        return block
    }

    /// Drops repeated points and the middle of straight runs.
    static func simplified(_ points: [Point]) -> [Point] {
        var out: [Point] = []
        out.reserveCapacity(points.count)
        for p in points {
            if let last = out.last, abs(last.x - p.x) < 1e-9 && abs(last.y - p.y) < 1e-9 { continue }
            if out.count >= 2 {
                let a = out[out.count - 2]
                let b = out[out.count - 1]
                if (abs(a.x - b.x) < 1e-9 && abs(b.x - p.x) < 1e-9) || (abs(a.y - b.y) < 1e-9 && abs(b.y - p.y) < 1e-9) {
                    out[out.count - 1] = p
                    continue
                }
            }
            out.append(p)
        }
        return out
    }
}
