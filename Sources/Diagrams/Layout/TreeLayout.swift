/// Lays out a tree of boxes: tidy (van der Ploeg) for the tree, with compact spines for
/// managers of many leaves, indented columns below some depth when the tree would be too
/// wide (see `TreeLayoutOptions.foldWidth`), and orthogonal elbow edges.
public enum TreeLayout {
    public static func layout(_ input: TreeLayoutInput, options: TreeLayoutOptions = TreeLayoutOptions()) -> TreeGeometry {
        guard input.ids.indices.contains(input.root) else {
            return TreeGeometry(nodes: [], edges: [], bounds: Rect(x: 0, y: 0, width: 0, height: 0))
        }
        var planner = TreeLayoutPlanner(input: input, options: options)
        let tidy = planner.arrange()
        guard options.isTooWide(tidy.bounds), input.edgeLabels.allSatisfy({ $0 == nil }) else { return planner.geometry(tidy) }
        // Fold: hang the subtrees below a depth as indented columns, trying the deepest
        // depth first so that as much of the tree as fits keeps its tidy shape. Only the
        // chosen candidate gets its nodes and edges built.
        let maxDepth = planner.depth.max() ?? 0
        var narrowest = (planner: planner, arrangement: tidy)
        for foldDepth in stride(from: maxDepth - 1, through: 0, by: -1) {
            var folding = planner.folded(at: foldDepth)
            let folded = folding.arrange()
            if !options.isTooWide(folded.bounds) { return folding.geometry(folded) }
            if folded.bounds.width < narrowest.arrangement.bounds.width { narrowest = (folding, folded) }
        }
        return narrowest.planner.geometry(narrowest.arrangement)
    }
}
