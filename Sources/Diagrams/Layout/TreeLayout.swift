/// Lays out a tree of boxes: tidy (van der Ploeg) for the tree, with compact spines for
/// managers of many leaves, indented columns below some depth when the tree would be too
/// wide (see `TreeLayoutOptions.foldWidth`), and orthogonal elbow edges.
public enum TreeLayout {
    public static func layout(_ input: TreeLayoutInput, options: TreeLayoutOptions = TreeLayoutOptions()) -> TreeGeometry {
        guard input.ids.indices.contains(input.root) else {
            return TreeGeometry(nodes: [], edges: [], bounds: Rect(x: 0, y: 0, width: 0, height: 0))
        }
        var planner = TreeLayoutPlanner(input: input, options: options)
        let tidy = planner.run()
        guard options.isTooWide(tidy.bounds), input.edgeLabels.allSatisfy({ $0 == nil }) else { return tidy }
        // Fold: hang the subtrees below a depth as indented columns, trying the deepest
        // depth first so that as much of the tree as fits keeps its tidy shape.
        let maxDepth = tidy.nodes.map(\.depth).max() ?? 0
        var narrowest = tidy
        for foldDepth in stride(from: maxDepth - 1, through: 0, by: -1) {
            var folding = TreeLayoutPlanner(input: input, options: options, foldDepth: foldDepth)
            let folded = folding.run()
            if !options.isTooWide(folded.bounds) { return folded }
            if folded.bounds.width < narrowest.bounds.width { narrowest = folded }
        }
        return narrowest
    }
}
