import Testing
import OrgModel
@testable import Diagrams

/// The fold strategy: trees too wide for the target hang their lower levels as indented
/// columns, and still keep every layout property.
@Suite struct FoldedLayoutTests {
    static let cases: [(count: Int, seed: UInt64)] = (0..<24).map { (count: [17, 30, 60, 90, 150, 300][$0 % 6], seed: UInt64($0) * 104_729 + 3) }

    static func options(layered: Bool, stack: Bool = true) -> TreeLayoutOptions {
        var o = TreeLayoutOptions()
        o.layered = layered
        o.stackThreshold = stack ? 6 : nil
        // Narrow enough that most random trees fold, at varied depths.
        o.foldWidth = 900
        return o
    }

    static func foldedCount(_ g: TreeGeometry, _ input: TreeLayoutInput) -> Int {
        // Column members hang on spines whose last point ends on the box's left side.
        g.edges.filter { e in e.kind == .tree && e.points.count >= 2 && e.points.last!.x == g.nodes[e.to].rect.x
            && abs(e.points.last!.y - g.nodes[e.to].rect.midY) < 1e-9 }.count
    }

    @Test func randomTreesActuallyFold() {
        var folded = 0
        for c in Self.cases {
            let input = RandomTrees.input(count: c.count, seed: c.seed)
            if Self.foldedCount(TreeLayout.layout(input, options: Self.options(layered: true)), input) > 0 { folded += 1 }
        }
        #expect(folded >= Self.cases.count / 2)
    }

    @Test(arguments: [true, false], [true, false])
    func noBoxesOverlap(layered: Bool, stack: Bool) {
        for c in Self.cases {
            let g = TreeLayout.layout(RandomTrees.input(count: c.count, seed: c.seed), options: Self.options(layered: layered, stack: stack))
            let pairs = GeometryChecks.overlappingPairs(g)
            #expect(pairs.isEmpty, "seed \(c.seed): \(pairs.prefix(3))")
        }
    }

    @Test(arguments: [true, false])
    func edgesAreOrthogonalNeverCrossAndMissOtherBoxes(layered: Bool) {
        for c in Self.cases {
            let g = TreeLayout.layout(RandomTrees.input(count: c.count, seed: c.seed), options: Self.options(layered: layered))
            for e in g.edges {
                for (a, b) in zip(e.points, e.points.dropFirst()) {
                    #expect(abs(a.x - b.x) < 1e-9 || abs(a.y - b.y) < 1e-9, "seed \(c.seed): \(e.from)→\(e.to)")
                }
            }
            #expect(GeometryChecks.edgeProblems(g).isEmpty, "seed \(c.seed): \(GeometryChecks.edgeProblems(g))")
        }
    }

    /// Siblings read in input order: left to right in the tidy part, top to bottom in a
    /// column (each below the previous one's whole subtree).
    @Test func childrenKeepInputOrder() {
        for c in Self.cases {
            let input = RandomTrees.input(count: c.count, seed: c.seed)
            let g = TreeLayout.layout(input, options: Self.options(layered: true, stack: false))
            for kids in input.children where kids.count > 1 {
                for (a, b) in zip(kids, kids.dropFirst()) {
                    let ra = g.nodes[a].rect, rb = g.nodes[b].rect
                    #expect(ra.maxX <= rb.x || (rb.y >= ra.maxY && abs(ra.x - rb.x) < 1e-9), "seed \(c.seed): \(a) \(b)")
                }
            }
        }
    }

    /// Every parent is centred over its children in the tidy part, and over its column
    /// (whose spine is the column's left edge) where the subtree folds.
    @Test func parentsAreCentredOverTidyChildrenAndColumns() {
        for c in Self.cases {
            let input = RandomTrees.input(count: c.count, seed: c.seed)
            let g = TreeLayout.layout(input, options: Self.options(layered: true, stack: false))
            for (i, kids) in input.children.enumerated() where !kids.isEmpty && !g.nodes[i].isStacked {
                let rects = kids.map { g.nodes[$0].rect }
                let centre: Double
                if g.nodes[kids[0]].isStacked {
                    var column = Rect(x: rects[0].x, y: rects[0].y, width: 0, height: 0)
                    var pending = kids
                    while let k = pending.popLast() { column = column.union(g.nodes[k].rect); pending += input.children[k] }
                    let spineX = g.edges.first { $0.from == i && $0.to == kids[0] }!.points[2].x
                    column = column.union(Rect(x: spineX, y: column.y, width: 0, height: 0))
                    centre = column.midX
                } else {
                    centre = (rects.first!.midX + rects.last!.midX) / 2
                }
                #expect(abs(g.nodes[i].rect.midX - centre) < 1e-6, "seed \(c.seed) node \(i)")
            }
        }
    }
}
