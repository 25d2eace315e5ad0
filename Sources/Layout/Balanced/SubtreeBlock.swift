/// The drawing of one subtree as its parent sees it: a rectangle with the subtree's root
/// box at its top (y = 0), everything else below or beside it, nothing outside it.
struct SubtreeBlock {
    var width: Double
    var height: Double
    /// The x of the root box's centre, from the block's left edge.
    var anchor: Double
    var boxWidth: Double
    var boxHeight: Double
    /// How the root's own reports are arranged.
    var arrangement: ChildArrangement

    /// A leaf: the box alone.
    init(box width: Double, _ height: Double) {
        self.width = width
        self.height = height
        anchor = width / 2
        boxWidth = width
        boxHeight = height
        arrangement = .row
    }

    init(width: Double, height: Double, anchor: Double, boxWidth: Double, boxHeight: Double, arrangement: ChildArrangement) {
        self.width = width
        self.height = height
        self.anchor = anchor
        self.boxWidth = boxWidth
        self.boxHeight = boxHeight
        self.arrangement = arrangement
    }

    /// True when a horizontal tick may reach the root box from the right across the top
    /// band of the block: only a `beside` block has anything there (its reports).
    var openOnTheRight: Bool { arrangement != .beside }

    /// The root box's left edge, from the block's left edge.
    var boxX: Double { anchor - boxWidth / 2 }
}
