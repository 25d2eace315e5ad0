/// Routes a line between two boxes along horizontal and vertical segments that keep out
/// of every box: a shortest path (with a cost per bend) over the grid of lines that run
/// just outside the sides and through the centre of each box near the two ends. Pure
/// geometry.
struct OrthogonalRouter {
    let boxes: [Rect]
    /// What the searches reached, kept from one route to the next so that its storage is
    /// made once per chart.
    private var reached = ReachedStates()

    init(boxes: [Rect]) { self.boxes = boxes }
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
    mutating func route(from: Int, to: Int) -> [Point]? {
        let a = boxes[from]
        let b = boxes[to]
        let window = a.union(b)
        let reach = 400.0
        let nearby = boxes.filter { r in
            r.maxX >= window.x - reach && r.x <= window.maxX + reach && r.maxY >= window.y - reach && r.y <= window.maxY + reach
        }
        guard nearby.count <= Self.maxWindowBoxes else { return nil }
        let grid = RoutingGrid(a: a, b: b, boxes: nearby, clearance: Self.clearance)
        guard
            let cells = shortestPath(
                on: grid, from: grid.point(x: a.midX, y: a.midY), to: grid.point(x: b.midX, y: b.midY))
        else {
            return nil
        }
        var points = BlockArranger.simplified(cells.map(grid.location))
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

    /// The grid points of a cheapest path from `start` to `goal`: A* over (grid point,
    /// direction of arrival), length plus `bendCost` per turn, through points a path may
    /// pass. The estimate (`estimate`) never exceeds what a path still costs, so the path
    /// found is a cheapest one; the search only stops widening in every direction (as
    /// Dijkstra it was most of a chart's layout time).
    mutating func shortestPath(on grid: RoutingGrid, from start: Int, to goal: Int) -> [Int]? {
        reached.removeAll()
        return Self.shortestPath(on: grid, from: start, to: goal, reached: &reached)
    }

    /// `shortestPath` recording what it reaches in `reached` (empty at the start): a
    /// parameter, not a field, so that the loop checks its storage once, not at every step.
    private static func shortestPath(on grid: RoutingGrid, from start: Int, to goal: Int, reached: inout ReachedStates) -> [Int]? {
        let (xs, ys) = (grid.xs, grid.ys)
        let nx = xs.count
        let ny = ys.count
        var heap = MinHeap()
        let goalX = xs[goal % nx]
        let goalY = ys[goal / nx]
        // Directions by index: +x, -x, +y, -y.
        let steps = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        /// No path from `cell`, heading `dir`, to the goal costs less than this: the Manhattan
        /// distance, and a bend for each turn still to come (none heading straight at the
        /// goal; one when it lies ahead or abeam, off the line; two when it lies behind). At
        /// the start a path may leave in any direction without a bend. Without the bends,
        /// every point of the rectangle between the ends looked equally promising.
        func estimate(_ cell: Int, _ dir: Int) -> Double {
            let dx = goalX - xs[cell % nx]
            let dy = goalY - ys[cell / nx]
            let turns: Double
            if cell == start {
                turns = dx != 0 && dy != 0 ? 1 : 0
            } else {
                let along = dir < 2 ? (dir == 0 ? dx : -dx) : (dir == 2 ? dy : -dy)
                let across = dir < 2 ? dy : dx
                turns = along < 0 ? 2 : (across == 0 ? 0 : 1)
            }
            return abs(dx) + abs(dy) + turns * bendCost
        }
        for d in 0..<4 {
            reached.set(start * 4 + d, cost: 0, previous: -1)
            heap.push(estimate(start, d), start * 4 + d)
        }
        while let (f, state) = heap.pop() {
            let c = reached.cost(of: state)
            // A later, cheaper push of the same state made this entry stale.
            guard f <= c + estimate(state / 4, state % 4) else { continue }
            let cell = state / 4
            let dir = state % 4
            if cell == goal {
                var path: [Int] = []
                var s = state
                while s >= 0 {
                    if path.last != s / 4 { path.append(s / 4) }
                    s = reached.previous(of: s)
                }
                return path.reversed()
            }
            let gx = cell % nx
            let gy = cell / nx
            let straight = cell != start && grid.passages[cell] == .straight
            for (d, step) in steps.enumerated() where !straight || d == dir {
                let tx = gx + step.0
                let ty = gy + step.1
                guard tx >= 0, tx < nx, ty >= 0, ty < ny, grid.passages[ty * nx + tx] != .closed else { continue }
                let length = abs(xs[tx] - xs[gx]) + abs(ys[ty] - ys[gy])
                let next = (ty * nx + tx) * 4 + d
                let total = c + length + (d == dir || cell == start ? 0 : bendCost)
                if total < reached.cost(of: next) {
                    reached.set(next, cost: total, previous: state)
                    heap.push(total + estimate(ty * nx + tx, d), next)
                }
            }
        }
        return nil
    }
}
