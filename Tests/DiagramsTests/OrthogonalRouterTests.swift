import Testing

@testable import Layout

/// Dotted lines take a cheapest way (length plus 40 px a bend) around boxes, leaving and
/// entering the end boxes at a side, straight out from the centre.
@Suite struct OrthogonalRouterTests {
    @Test func boxesInOneRowAreJoinedStraight() throws {
        var router = OrthogonalRouter(boxes: [Rect(x: 0, y: 0, width: 100, height: 40), Rect(x: 300, y: 0, width: 100, height: 40)])
        let path = router.route(from: 0, to: 1)
        #expect(try #require(path) == [Point(x: 100, y: 20), Point(x: 300, y: 20)])
    }

    @Test func boxesApartBothWaysTakeOneBend() throws {
        var router = OrthogonalRouter(boxes: [Rect(x: 0, y: 0, width: 100, height: 40), Rect(x: 300, y: 200, width: 100, height: 40)])
        let route = router.route(from: 0, to: 1)
        let path = try #require(route)
        #expect(path.count == 3)
        #expect(path.first == Point(x: 100, y: 20) || path.first == Point(x: 50, y: 40))
    }

    /// A wall between the ends, reaching further below than above. Over the top: 650 px and
    /// two bends, 730. Along the row and round the wall's ends: 650 px and four bends, 810.
    /// Under it: 770 px and two bends, 850.
    @Test func aWallIsPassedTheCheapestWay() throws {
        var router = OrthogonalRouter(boxes: [
            Rect(x: 0, y: 0, width: 100, height: 40), Rect(x: 400, y: 0, width: 100, height: 40),
            Rect(x: 200, y: -100, width: 50, height: 300),
        ])
        let route = router.route(from: 0, to: 1)
        let path = try #require(route)
        #expect(path == [Point(x: 50, y: 0), Point(x: 50, y: -105), Point(x: 450, y: -105), Point(x: 450, y: 0)])
    }

    @Test func endsTooFarApartAreNotSearched() {
        var boxes = [Rect(x: 0, y: 0, width: 100, height: 40)]
        for k in 1...OrthogonalRouter.maxWindowBoxes { boxes.append(Rect(x: Double(k) * 120, y: 0, width: 100, height: 40)) }
        var router = OrthogonalRouter(boxes: boxes)
        let far = router.route(from: 0, to: boxes.count - 1)
        let near = router.route(from: 0, to: 2)
        #expect(far == nil)
        #expect(near != nil)
    }

    /// One router keeps its search tables from route to route: every route it finds is the
    /// one a fresh router finds, whatever was searched before on a larger or smaller grid.
    @Test func aRouterReusedGivesTheRoutesOfFreshOnes() {
        var boxes: [Rect] = []
        for row in 0..<4 {
            for column in 0..<5 { boxes.append(Rect(x: Double(column) * 160, y: Double(row) * 110, width: 120, height: 50)) }
        }
        let pairs = [(0, 19), (3, 4), (12, 7), (19, 0), (5, 14), (0, 1)]
        var reused = OrthogonalRouter(boxes: boxes)
        for (from, to) in pairs {
            var fresh = OrthogonalRouter(boxes: boxes)
            let expected = fresh.route(from: from, to: to)
            let again = reused.route(from: from, to: to)
            #expect(expected != nil)
            #expect(again == expected)
        }
    }
}
