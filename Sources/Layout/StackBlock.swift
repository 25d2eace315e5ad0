/// The compact drawing of a manager's many leaf reports: vertical spines, each with a
/// column of boxes hung on its left and one on its right, read row by row, spine by spine.
struct StackBlock {
    let count: Int
    let spines: Int
    let perSpine: Int
    let rows: Int
    let columnWidth: Double
    let rowPitch: Double
    let options: TreeLayoutOptions
    let width: Double
    let height: Double

    init(sizes: [(Double, Double)], options: TreeLayoutOptions) {
        self.options = options
        count = sizes.count
        columnWidth = sizes.map(\.0).max() ?? 0
        rowPitch = (sizes.map(\.1).max() ?? 0) + options.stackRowGap
        // Choose the number of spines that makes the block about square: a spine adds
        // two columns of width, and takes rows away.
        let spinePitch = 2 * columnWidth + options.spineGap + options.siblingGap
        let ideal = (Double(count) * rowPitch / (2 * spinePitch)).squareRoot()
        spines = max(1, min(count / 2, Int(ideal.rounded())))
        perSpine = (count + spines - 1) / spines
        rows = (perSpine + 1) / 2
        width = Double(spines) * (2 * columnWidth + options.spineGap) + Double(spines - 1) * options.siblingGap
        height = Double(rows) * rowPitch - options.stackRowGap
    }

    func spine(of k: Int) -> Int { k / perSpine }
    func isLeft(_ k: Int) -> Bool { (k % perSpine) % 2 == 0 }

    /// Places the children's boxes (`rects`, by node) with the block's top-left at `origin`
    /// and marks them stacked; returns the x of each spine.
    func place(children: [Int], origin: Point, rects: inout [Rect], isStacked: inout [Bool]) -> [Double] {
        let spineXs = (0..<spines).map { s in
            origin.x + Double(s) * (2 * columnWidth + options.spineGap + options.siblingGap) + columnWidth + options.spineGap / 2
        }
        for (k, kid) in children.enumerated() {
            let spineX = spineXs[spine(of: k)]
            let row = (k % perSpine) / 2
            var rect = rects[kid]
            rect.y = origin.y + Double(row) * rowPitch
            rect.x = isLeft(k) ? spineX - options.spineGap / 2 - rect.width : spineX + options.spineGap / 2
            rects[kid] = rect
            isStacked[kid] = true
        }
        return spineXs
    }
}
