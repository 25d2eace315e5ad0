/// Routes a line between two boxes along horizontal and vertical segments that keep out
/// of every box: a shortest path (with a cost per bend) over the grid of lines that run
/// just outside the sides and through the centre of each box near the two ends. Pure
/// geometry.
struct OrthogonalRouter {
    let boxes: [Rect]
    /// How far outside a box its grid lines run; less than half the narrowest gap the
    /// layout leaves between boxes (10).
    static let clearance = 5.0
    /// Bend cost, in px of length: prefer a longer path to an extra corner.
    static let bendCost = 40.0

    /// Most boxes the search window around two ends may hold: the grid grows with the
    /// square of them. Ends farther apart than that get no route (see `DottedLineRouter`).
    static let maxWindowBoxes = 240

    /// The path from the side of box `from` to the side of box `to`; nil when the ends are
    /// too far apart to search, or no path exists.
    func route(from: Int, to: Int) -> [Point]? {
        let a = boxes[from]
        let b = boxes[to]
        let c = Self.clearance
        // Candidate lines: the box sides pushed out by the clearance, and both centres.
        var xs: [Double] = [a.midX, b.midX]
        var ys: [Double] = [a.midY, b.midY]
        let window = a.union(b)
        let reach = 400.0
        let nearby = boxes.indices.filter { i in
            let r = boxes[i]
            return r.maxX >= window.x - reach && r.x <= window.maxX + reach && r.maxY >= window.y - reach && r.y <= window.maxY + reach
        }
        guard nearby.count <= Self.maxWindowBoxes else { return nil }
        for i in nearby {
            let r = boxes[i]
            // The centre lines too, so that no step between neighbouring lines can jump
            // across a box.
            xs.append(r.x - c)
            xs.append(r.maxX + c)
            xs.append(r.midX)
            ys.append(r.y - c)
            ys.append(r.maxY + c)
            ys.append(r.midY)
        }
        xs = Array(Set(xs)).sorted()
        ys = Array(Set(ys)).sorted()
        let nx = xs.count
        let ny = ys.count
        // A grid point inside a box other than the two ends is closed; so is a segment
        // between open points that passes through a box.
        func inside(_ p: Point, _ r: Rect) -> Bool { p.x > r.x && p.x < r.maxX && p.y > r.y && p.y < r.maxY }
        var open = [Bool](repeating: true, count: nx * ny)
        for i in nearby {
            let r = boxes[i]
            let x0 = lowerBound(xs, r.x)
            let x1 = lowerBound(xs, r.maxX)
            let y0 = lowerBound(ys, r.y)
            let y1 = lowerBound(ys, r.maxY)
            for gx in x0..<x1 { for gy in y0..<y1 where inside(Point(x: xs[gx], y: ys[gy]), r) { open[gy * nx + gx] = false } }
        }
        // Inside the two end boxes only their centre row and column may be used, and a
        // path turns there only at the centre: it leaves straight out, and is cut at the
        // box's side afterwards.
        func usable(_ gx: Int, _ gy: Int) -> Bool {
            let p = Point(x: xs[gx], y: ys[gy])
            if inside(p, a) { return p.x == a.midX || p.y == a.midY }
            if inside(p, b) { return p.x == b.midX || p.y == b.midY }
            return open[gy * nx + gx]
        }
        let start = lowerBound(ys, a.midY) * nx + lowerBound(xs, a.midX)
        let goal = lowerBound(ys, b.midY) * nx + lowerBound(xs, b.midX)
        func straightOnly(_ gx: Int, _ gy: Int) -> Bool {
            let p = Point(x: xs[gx], y: ys[gy])
            return (inside(p, a) && !(p.x == a.midX && p.y == a.midY)) || (inside(p, b) && !(p.x == b.midX && p.y == b.midY))
        }
        guard
            let cells = shortestPath(
                nx: nx, ny: ny, xs: xs, ys: ys, usable: usable, straightOnly: straightOnly,
                start: start, goal: goal)
        else {
            return nil
        }
        var points = cells.map { Point(x: xs[$0 % nx], y: ys[$0 / nx]) }
        points = BlockArranger.simplified(points)
        // Start and end on the boxes' sides, not their centres.
        points[0] = exit(points[0], towards: points[1], box: a)
        points[points.count - 1] = exit(points[points.count - 1], towards: points[points.count - 2], box: b)
        return points
    }

    /// Where the segment from a box's centre towards `next` leaves the box.
    func exit(_ centre: Point, towards next: Point, box: Rect) -> Point {
        if next.x == centre.x { return Point(x: centre.x, y: next.y > centre.y ? box.maxY : box.y) }
        return Point(x: next.x > centre.x ? box.maxX : box.x, y: centre.y)
    }

    func lowerBound(_ values: [Double], _ v: Double) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < v { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Dijkstra over (grid point, direction of arrival), length plus `bendCost` per turn;
    /// a step is allowed when both points are usable.
    /// `straightOnly` marks points where the path may not turn.
    func shortestPath(
        nx: Int, ny: Int, xs: [Double], ys: [Double], usable: (Int, Int) -> Bool,
        straightOnly: (Int, Int) -> Bool, start: Int, goal: Int
    ) -> [Int]? {
        let states = nx * ny * 4
        var cost = [Double](repeating: .infinity, count: states)
        var previous = [Int](repeating: -1, count: states)
        var heap = MinHeap()
        for d in 0..<4 {
            cost[start * 4 + d] = 0
            heap.push(0, start * 4 + d)
        }
        let steps = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        while let (c, state) = heap.pop() {
            guard c <= cost[state] else { continue }
            let cell = state / 4
            let dir = state % 4
            if cell == goal {
                var path: [Int] = []
                var s = state
                while s >= 0 {
                    if path.last != s / 4 { path.append(s / 4) }
                    s = previous[s]
                }
                return path.reversed()
            }
            let gx = cell % nx
            let gy = cell / nx
            let straight = cell != start && straightOnly(gx, gy)
            for (d, step) in steps.enumerated() where !straight || d == dir {
                let tx = gx + step.0
                let ty = gy + step.1
                guard tx >= 0, tx < nx, ty >= 0, ty < ny, usable(tx, ty) else { continue }
                let length = abs(xs[tx] - xs[gx]) + abs(ys[ty] - ys[gy])
                let next = (ty * nx + tx) * 4 + d
                let total = c + length + (d == dir || cell == start ? 0 : Self.bendCost)
                if total < cost[next] {
                    cost[next] = total
                    previous[next] = state
                    heap.push(total, next)
                }
            }
        }
        return nil
    }
}
