import Testing

@testable import Diagrams
@testable import Layout
@testable import Typesetting

/// Properties of the tree layout over many random trees of varied size and fan-out.
@Suite struct TreeLayoutPropertyTests {
    static let cases: [(count: Int, seed: UInt64)] = (0..<40).map {
        (count: [2, 3, 5, 9, 17, 30, 60, 90][$0 % 8], seed: UInt64($0) * 7919 + 1)
    }

    static func options(stack: Bool, layered: Bool) -> TreeLayoutOptions {
        var o = TreeLayoutOptions()
        o.stackThreshold = stack ? 6 : nil
        o.layered = layered
        return o
    }

    @Test(arguments: [true, false], [true, false])
    func noBoxesOverlap(stack: Bool, layered: Bool) {
        for c in Self.cases {
            let g = TreeLayout.layout(
                RandomTrees.input(count: c.count, seed: c.seed), options: Self.options(stack: stack, layered: layered))
            let pairs = GeometryChecks.overlappingPairs(g)
            #expect(pairs.isEmpty, "seed \(c.seed): \(pairs.prefix(3))")
        }
    }

    @Test(arguments: [true, false])
    func parentsAreCentredOverTheirChildren(layered: Bool) {
        for c in Self.cases {
            let input = RandomTrees.input(count: c.count, seed: c.seed)
            let g = TreeLayout.layout(input, options: Self.options(stack: true, layered: layered))
            for (i, kids) in input.children.enumerated() where !kids.isEmpty {
                let rects = kids.map { g.nodes[$0].rect }
                let centre: Double
                if g.nodes[kids[0]].isStacked {
                    // Centred over its spines; every spine has a box on its left.
                    let spines = kids.filter { k in g.edges.contains { $0.to == k && $0.points.last!.x == g.nodes[k].rect.maxX } }
                        .map { g.nodes[$0].rect.maxX + TreeLayoutOptions().spineGap / 2 }
                    centre = (spines.min()! + spines.max()!) / 2
                } else {
                    centre = (rects.first!.midX + rects.last!.midX) / 2
                }
                #expect(abs(g.nodes[i].rect.midX - centre) < 1e-6, "seed \(c.seed) node \(i)")
            }
        }
    }

    @Test func childrenKeepInputOrder() {
        for c in Self.cases {
            let input = RandomTrees.input(count: c.count, seed: c.seed)
            let g = TreeLayout.layout(input, options: Self.options(stack: true, layered: true))
            for kids in input.children where kids.count > 1 {
                if g.nodes[kids[0]].isStacked {
                    // Reading order: spine by spine, row by row, left then right.
                    for (a, b) in zip(kids, kids.dropFirst()) {
                        let ra = g.nodes[a].rect
                        let rb = g.nodes[b].rect
                        let sameRow = abs(ra.y - rb.y) < 1e-6
                        #expect((sameRow && ra.maxX <= rb.x) || rb.y > ra.y || rb.x >= ra.maxX, "seed \(c.seed)")
                    }
                } else {
                    for (a, b) in zip(kids, kids.dropFirst()) {
                        #expect(g.nodes[a].rect.maxX <= g.nodes[b].rect.x, "seed \(c.seed)")
                    }
                }
            }
        }
    }

    @Test(arguments: [true, false])
    func mirroredInputGivesMirroredLayout(layered: Bool) {
        for c in Self.cases {
            let input = RandomTrees.input(count: c.count, seed: c.seed, edgeLabels: c.seed % 2 == 0)
            let options = Self.options(stack: false, layered: layered)
            let g = TreeLayout.layout(input, options: options)
            let m = TreeLayout.layout(RandomTrees.mirrored(input), options: options)
            #expect(abs(g.bounds.width - m.bounds.width) < 1e-6)
            for i in g.nodes.indices {
                let r = g.nodes[i].rect
                let mr = m.nodes[i].rect
                #expect(abs(mr.x - (g.bounds.width - r.maxX)) < 1e-6 && abs(mr.y - r.y) < 1e-9, "seed \(c.seed) node \(i)")
            }
        }
    }

    /// Stacked leaves are read row by row, left then right, so reversing them cannot
    /// mirror them; everything else still mirrors exactly, blocks included.
    @Test func mirroringHoldsOutsideStackedBlocks() {
        for c in Self.cases {
            let input = RandomTrees.input(count: c.count, seed: c.seed)
            let options = Self.options(stack: true, layered: true)
            let g = TreeLayout.layout(input, options: options)
            let m = TreeLayout.layout(RandomTrees.mirrored(input), options: options)
            #expect(abs(g.bounds.width - m.bounds.width) < 1e-6)
            for i in g.nodes.indices where !g.nodes[i].isStacked {
                let r = g.nodes[i].rect
                let mr = m.nodes[i].rect
                #expect(abs(mr.x - (g.bounds.width - r.maxX)) < 1e-6, "seed \(c.seed) node \(i)")
            }
        }
    }

    @Test(arguments: [true, false])
    func treeEdgesNeverCrossOrCutThroughBoxes(layered: Bool) {
        for c in Self.cases {
            let g = TreeLayout.layout(RandomTrees.input(count: c.count, seed: c.seed), options: Self.options(stack: true, layered: layered))
            #expect(GeometryChecks.edgeProblems(g).isEmpty, "seed \(c.seed): \(GeometryChecks.edgeProblems(g))")
        }
    }

    @Test func labelsFitTheirBoxesByTheMetrics() {
        for c in Self.cases {
            let g = TreeLayout.layout(RandomTrees.input(count: c.count, seed: c.seed, edgeLabels: true))
            for node in g.nodes {
                for line in node.label.lines {
                    let measured = TextMetrics.width(of: line.text, fontSize: line.style.fontSize, bold: line.style.bold)
                    #expect(measured * BoxLabel.safetyFactor <= node.rect.width - 2 * BoxLabel.paddingX + 1e-9)
                    #expect(line.baseline.y + line.style.fontSize * 0.25 <= node.rect.height)
                }
            }
        }
    }

    @Test(arguments: [7, 12, 30, 60, 150])
    func managerWithManyReportsStaysCompact(reports: Int) {
        var g = SeededGenerator(seed: UInt64(reports))
        let labels = (0...reports).map { _ in BoxLabel([(RandomTrees.label(&g), .name)], maxTextWidth: 150) }
        let input = TreeLayoutInput(
            ids: (0...reports).map { "u\($0)" }, labels: labels,
            children: [Array(1...reports)] + Array(repeating: [], count: reports), root: 0)
        let geometry = TreeLayout.layout(input)
        #expect(geometry.bounds.width <= 3 * geometry.bounds.height)
        #expect(geometry.bounds.height <= 3 * geometry.bounds.width)
        #expect(GeometryChecks.overlappingPairs(geometry).isEmpty)
    }
}
