@testable import Diagrams
@testable import Layout

/// The checks of `GeometryChecks` for charts of thousands of boxes: boxes and edge
/// segments are bucketed into a grid of cells, so only neighbours are compared.
enum FastGeometryChecks {
    static let cell = 256.0

    static func cells(_ r: Rect) -> [Int64] {
        let x0 = Int64((r.x / cell).rounded(.down))
        let x1 = Int64((r.maxX / cell).rounded(.down))
        let y0 = Int64((r.y / cell).rounded(.down))
        let y1 = Int64((r.maxY / cell).rounded(.down))
        var out: [Int64] = []
        for x in x0...x1 { for y in y0...y1 { out.append(x << 32 | y) } }
        return out
    }

    static func rect(_ a: Point, _ b: Point) -> Rect {
        Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
    }

    /// Overlapping boxes, edges through boxes they do not join, and edges of different
    /// managers that touch: a description of each, empty when there is none.
    static func problems(_ g: TreeGeometry, includeDotted: Bool = false) -> [String] {
        var problems: [String] = []
        var boxes: [Int64: [Int]] = [:]
        for (i, node) in g.nodes.enumerated() { for c in cells(node.rect) { boxes[c, default: []].append(i) } }
        for (_, members) in boxes {
            for (k, i) in members.enumerated() {
                for j in members[(k + 1)...] where g.nodes[i].rect.overlaps(g.nodes[j].rect) {
                    problems.append("boxes \(g.nodes[i].id) and \(g.nodes[j].id) overlap")
                }
            }
        }
        var segments: [Int64: [(from: Int, to: Int, a: Point, b: Point)]] = [:]
        for e in g.edges where e.kind == .tree || includeDotted {
            for k in 1..<e.points.count {
                let a = e.points[k - 1]
                let b = e.points[k]
                if a.x != b.x && a.y != b.y { problems.append("edge \(e.from)→\(e.to) is not orthogonal") }
                for c in cells(rect(a, b)) {
                    segments[c, default: []].append((e.from, e.to, a, b))
                    for i in boxes[c] ?? [] where i != e.from && i != e.to {
                        if GeometryChecks.crossesInterior(a, b, g.nodes[i].rect) {
                            problems.append("edge \(e.from)→\(e.to) cuts \(g.nodes[i].id)")
                        }
                    }
                }
            }
        }
        for (_, list) in segments where list.count > 1 {
            for (k, s) in list.enumerated() {
                for t in list[(k + 1)...] where s.from != t.from && s.to != t.from && t.to != s.from {
                    if GeometryChecks.touch(s.a, s.b, t.a, t.b) { problems.append("edges \(s.from)→\(s.to) and \(t.from)→\(t.to) touch") }
                }
            }
        }
        return problems
    }

    /// Width over height, or its inverse, whichever is at least 1.
    static func elongation(_ bounds: Rect) -> Double {
        let ratio = bounds.width / max(bounds.height, 1)
        return max(ratio, 1 / max(ratio, 1e-9))
    }

    /// True when every node has at most one child.
    static func isChain(_ g: TreeGeometry) -> Bool {
        var count = [Int](repeating: 0, count: g.nodes.count)
        for node in g.nodes { if let p = node.parent { count[p] += 1 } }
        return count.allSatisfy { $0 <= 1 }
    }
}
