/// A tree as `TreeLayoutPlanner.arrange` leaves it: every box placed and the drawing's
/// bounds known, before `geometry` builds the nodes and edges.
struct TreeArrangement {
    /// Left edges and tops of the tidy tree's slots: the nodes', then one per block.
    var xs: [Double]
    var ys: [Double]
    /// The slot of each manager's block (its stacked reports).
    var blockIndex: [Int: Int]
    /// Every node's box.
    var rects: [Rect]
    var edgeLabelRects: [Rect?]
    /// True for nodes hanging off a spine (stacked reports).
    var isStacked: [Bool]
    /// The x of each spine, by the manager whose reports are stacked.
    var spineXs: [Int: [Double]]
    var bounds: Rect
}
