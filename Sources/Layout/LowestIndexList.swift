/// A linked list of (lowest y, sibling index): which left sibling owns the right contour
/// down to which depth, kept as a stack of decreasing depth.
final class LowestIndexList {
    let lowY: Double
    let index: Int
    let next: LowestIndexList?

    init(lowY: Double, index: Int, next: LowestIndexList?) {
        self.lowY = lowY
        self.index = index
        self.next = next
    }

    /// Pushes sibling `index` whose subtree reaches down to `minY`, dropping the entries it
    /// hides (those ending above it).
    static func update(minY: Double, index: Int, list: LowestIndexList?) -> LowestIndexList {
        var list = list
        while let entry = list, minY >= entry.lowY { list = entry.next }
        return LowestIndexList(lowY: minY, index: index, next: list)
    }
}
