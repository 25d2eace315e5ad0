/// Spacing and strategy choices of a tree layout.
public struct TreeLayoutOptions: Hashable, Sendable {
    /// Minimum horizontal distance between boxes.
    public var siblingGap: Double = 16
    /// Vertical distance between a parent's row and its children's row.
    public var levelGap: Double = 36
    /// True: every depth is a row (boxes of one depth share their top). False: each child
    /// starts `levelGap` below its own parent (van der Ploeg's non-layered drawing).
    public var layered: Bool = true
    /// A node with more children than this, all of them leaves, hangs them off vertical
    /// spines instead of a row. Nil never stacks.
    public var stackThreshold: Int? = 6
    /// Vertical distance between stacked boxes, and the corridor a spine runs in.
    public var stackRowGap: Double = 10
    public var spineGap: Double = 28
    /// Room between an edge label and the box below it.
    public var edgeLabelGap: Double = 6

    public init() {}

}
