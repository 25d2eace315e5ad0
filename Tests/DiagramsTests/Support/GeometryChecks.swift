@testable import Diagrams
@testable import Layout

/// Geometric predicates the layout tests assert.
enum GeometryChecks {
    /// Axis-aligned segments of every tree edge, tagged with the edge's parent.
    static func segments(_ g: TreeGeometry) -> [(from: Int, to: Int, a: Point, b: Point)] {
        var out: [(Int, Int, Point, Point)] = []
        for e in g.edges where e.kind == .tree {
            for k in 1..<e.points.count { out.append((e.from, e.to, e.points[k - 1], e.points[k])) }
        }
        return out
    }

    /// True when two axis-aligned segments share a point.
    static func touch(_ a1: Point, _ a2: Point, _ b1: Point, _ b2: Point) -> Bool {
        let eps = 1e-6
        return min(a1.x, a2.x) <= max(b1.x, b2.x) + eps && min(b1.x, b2.x) <= max(a1.x, a2.x) + eps
            && min(a1.y, a2.y) <= max(b1.y, b2.y) + eps && min(b1.y, b2.y) <= max(a1.y, a2.y) + eps
    }

    /// True when the segment passes through the inside of the rectangle.
    static func crossesInterior(_ a: Point, _ b: Point, _ r: Rect) -> Bool {
        let inner = Rect(x: r.x + 0.5, y: r.y + 0.5, width: r.width - 1, height: r.height - 1)
        return touch(a, b, Point(x: inner.x, y: inner.y), Point(x: inner.maxX, y: inner.maxY))
    }

    static func overlappingPairs(_ g: TreeGeometry) -> [(String, String)] {
        var pairs: [(String, String)] = []
        let sorted = g.nodes.indices.sorted { g.nodes[$0].rect.x < g.nodes[$1].rect.x }
        for (k, i) in sorted.enumerated() {
            for j in sorted[(k + 1)...] {
                if g.nodes[j].rect.x >= g.nodes[i].rect.maxX { break }
                if g.nodes[i].rect.overlaps(g.nodes[j].rect) { pairs.append((g.nodes[i].id, g.nodes[j].id)) }
            }
        }
        return pairs
    }

    /// Every pair of edges that touch (other than a child's edges meeting at the child) and
    /// every edge that cuts through a box it does not join, described for a failure message.
    static func edgeProblems(_ g: TreeGeometry) -> [String] {
        var problems: [String] = []
        let all = segments(g)
        for (k, s) in all.enumerated() {
            for t in all[(k + 1)...] where s.from != t.from {
                // A child's own outgoing edges start where its incoming edge ends.
                if s.to == t.from || t.to == s.from { continue }
                if touch(s.a, s.b, t.a, t.b) { problems.append("\(s) × \(t)") }
            }
            for (i, node) in g.nodes.enumerated() where i != s.from && i != s.to {
                if crossesInterior(s.a, s.b, node.rect) { problems.append("edge \(s.from)→\(s.to) cuts \(i)") }
            }
        }
        return problems
    }

    /// True when the boxes read in the given order: left to right along a row, rows top
    /// to bottom (how rows of N and spines lay out a manager's reports).
    static func inReadingOrder(_ rects: [Rect]) -> Bool {
        zip(rects, rects.dropFirst()).allSatisfy { a, b in (a.y == b.y && a.maxX <= b.x) || b.y > a.y }
    }
}
