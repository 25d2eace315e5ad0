/// Lays out a tree of boxes: tidy (van der Ploeg) for the tree, with compact spines for
/// managers of many leaves, and orthogonal elbow edges.
public enum TreeLayout {
    public static func layout(_ input: TreeLayoutInput, options: TreeLayoutOptions = TreeLayoutOptions()) -> TreeGeometry {
        guard input.ids.indices.contains(input.root) else {
            return TreeGeometry(nodes: [], edges: [], bounds: Rect(x: 0, y: 0, width: 0, height: 0))
        }
        var planner = TreeLayoutPlanner(input: input, options: options)
        return planner.run()
    }
}
