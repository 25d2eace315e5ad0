/// The grid a dotted line is searched on between two boxes: lines just outside the sides
/// and through the centre of every box near the ends, and what a path may do at each
/// crossing of them.
struct RoutingGrid {
    /// What a path may do at a grid point.
    enum Passage: UInt8 {
        /// Inside a box: never.
        case closed
        /// Pass, or turn.
        case open
        /// Pass straight on only: inside an end box, on its centre row or column (a path
        /// leaves an end straight out, and is cut at the box's side afterwards).
        case straight
    }

    /// The vertical and horizontal lines, ascending.
    let xs: [Double]
    let ys: [Double]
    /// Point `(gx, gy)` is `passages[gy * xs.count + gx]`.
    private(set) var passages: [Passage]

    /// The grid around end boxes `a` and `b` among `boxes` (the ends included), lines
    /// `clearance` outside each box's sides.
    init(a: Rect, b: Rect, boxes: [Rect], clearance c: Double) {
        // The centre lines too, so that no step between neighbouring lines can jump
        // across a box.
        var xs: [Double] = [a.midX, b.midX]
        var ys: [Double] = [a.midY, b.midY]
        xs.reserveCapacity(2 + 3 * boxes.count)
        ys.reserveCapacity(2 + 3 * boxes.count)
        for r in boxes {
            xs.append(contentsOf: [r.x - c, r.maxX + c, r.midX])
            ys.append(contentsOf: [r.y - c, r.maxY + c, r.midY])
        }
        self.xs = Self.sortedDistinct(xs)
        self.ys = Self.sortedDistinct(ys)
        passages = [Passage](repeating: .open, count: xs.count * ys.count)
        for r in boxes { mark(r) { _, _ in .closed } }
        // Within an end, only its centre row and column, turning at the centre alone.
        for end in [b, a] {
            mark(end) { x, y in
                if x == end.midX && y == end.midY { return .open }
                return x == end.midX || y == end.midY ? .straight : .closed
            }
        }
    }

    /// `lines` ascending, each once: sorted and thinned in place, cheaper than hashing
    /// every line into a set first.
    private static func sortedDistinct(_ lines: [Double]) -> [Double] {
        var lines = lines
        lines.sort()
        var kept = 0
        for index in lines.indices where kept == 0 || lines[kept - 1] != lines[index] {
            lines[kept] = lines[index]
            kept += 1
        }
        lines.removeSubrange(kept...)
        return lines
    }

    /// Sets the passage of every grid point strictly inside `box`.
    private mutating func mark(_ box: Rect, _ passage: (Double, Double) -> Passage) {
        for gy in index(ys, box.y)..<index(ys, box.maxY) where ys[gy] > box.y {
            for gx in index(xs, box.x)..<index(xs, box.maxX) where xs[gx] > box.x {
                passages[gy * xs.count + gx] = passage(xs[gx], ys[gy])
            }
        }
    }

    /// The grid point at the crossing of lines `x` and `y`.
    func point(x: Double, y: Double) -> Int { index(ys, y) * xs.count + index(xs, x) }

    func location(of point: Int) -> Point { Point(x: xs[point % xs.count], y: ys[point / xs.count]) }

    /// The first line at or after `v`.
    private func index(_ lines: [Double], _ v: Double) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid] < v { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
