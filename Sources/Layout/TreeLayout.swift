/// Lays out a tree of boxes: tidy (van der Ploeg) for the tree, with compact spines for
/// managers of many leaves, and orthogonal elbow edges. Charts too big for a page are
/// split into pages before layout (see `ChartPages`), not folded here.
public enum TreeLayout {
    public static func layout(_ input: TreeLayoutInput, options: TreeLayoutOptions = TreeLayoutOptions()) -> TreeGeometry {
        guard input.ids.indices.contains(input.root) else {
            return TreeGeometry(nodes: [], edges: [], bounds: Rect(x: 0, y: 0, width: 0, height: 0))
        }
        var planner = TreeLayoutPlanner(input: input, options: options)
        // Two statements: in one, `geometry` would run on the copy taken before `arrange`.
        let arrangement = planner.arrange()
        return planner.geometry(arrangement)
    }
}
