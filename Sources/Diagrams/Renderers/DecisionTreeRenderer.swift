import Layout
import OrgModel

/// Draws a decision tree: question boxes, answer-labelled edges, outcome boxes linking to
/// their pages, and the marked path in heavier strokes with check marks.
enum DecisionTreeRenderer {
    static func render(_ tree: DecisionTree, options: DiagramOptions) -> RenderedDiagram {
        let layout = DecisionTreeLayout.layout(tree)
        let g = layout.tree
        let onPath = Set(layout.path)
        let margin = SVGDocument.margin
        let offset = Point(x: margin, y: margin)
        var m = Markup(capacity: g.nodes.count * 600 + 1024)
        m.raw("<g class=\"edges\">\n")
        for edge in g.edges {
            let classes = onPath.contains(edge.to) ? "on-path" : ""
            m.edge(edge.points, classes: classes, offset: offset, from: g.nodes[edge.from].id, to: g.nodes[edge.to].id)
        }
        m.raw("</g>\n<g class=\"answers\" text-anchor=\"middle\">\n")
        for (i, node) in g.nodes.enumerated() {
            guard let label = node.edgeLabel, let rect = node.edgeLabelRect else { continue }
            m.raw("<g")
            m.attribute("class", onPath.contains(i) ? "answer on-path" : "answer")
            m.attribute("data-to", node.id)
            m.raw(">")
            m.box(rect, label: label, offset: offset, cornerRadius: rect.height / 2)
            m.raw("</g>\n")
        }
        m.raw("</g>\n<g class=\"nodes\" text-anchor=\"middle\">\n")
        for (i, node) in g.nodes.enumerated() {
            var classes = layout.kinds[i] == .question ? "question" : "outcome"
            if i == 0 { classes += " root" }
            if onPath.contains(i) { classes += " on-path" }
            let link = layout.links[i].map { options.linkRewriter?($0) ?? $0 }
            m.node(node, classes: classes, offset: offset, link: link)
        }
        m.raw("</g>\n")
        let title = tree.title ?? "Decision tree"
        let document = SVGDocument(
            kind: OrgDocumentKind.decisionTree.rawValue, title: title,
            description: describe(tree, layout: layout), idPrefix: options.idPrefix,
            width: g.bounds.width + 2 * margin, height: g.bounds.height + 2 * margin,
            containsLinks: layout.links.contains { $0 != nil })
        return document.rendered(content: m, caption: title)
    }

    static func describe(_ tree: DecisionTree, layout: DecisionTreeGeometry) -> String {
        let questions = layout.kinds.filter { $0 == .question }.count
        let outcomes = layout.kinds.count - questions
        var text =
            "Decision tree of \(questions) question\(questions == 1 ? "" : "s") leading to \(outcomes) outcome\(outcomes == 1 ? "" : "s")."
        if !tree.path.isEmpty {
            text += " Marked path (heavier lines, answers with a check mark): " + tree.path.joined(separator: " → ")
            if let last = layout.path.last, layout.kinds[last] == .outcome {
                text += " → " + layout.tree.nodes[last].label.lines.filter { $0.style == .name }.map(\.text).joined(separator: " ")
            }
            text += "."
        }
        return text
    }
}
