import Diagrams
import Layout
import OrgModel

/// The decision tree as a drawing, from the layout the SVG is drawn from: questions and
/// outcomes as boxes, each answer as a label on the line into the node it leads to, lines
/// as connectors bound to the boxes. The client's route is told without colour: its lines
/// and boxes are three times as heavy, its answers carry a check mark in bold, and the
/// outcome it reaches is badged "✓ RESULT" (all three come from the layout's labels and
/// path).
enum DecisionTreeSlide {
    /// Line widths in EMU: off the route (1 pt) and on it (3 pt).
    static let lineWidth = 12700, routeWidth = 38100
    static let lineColor = "8A8F98"

    static func slide(_ tree: DecisionTree, title: String, routeColor: String) -> SlideBuilder {
        let layout = DecisionTreeLayout.layout(tree)
        let geometry = layout.tree
        let onRoute = Set(layout.path)
        var slide = SlideBuilder()
        slide.title(title)
        let frame = SlideFrame(bounds: geometry.bounds, area: ChartSlides.area, maximumScale: ChartSlides.maximumScale)
        var ids: [Int] = []
        var rects: [(x: Int, y: Int, w: Int, h: Int)] = []
        for (k, node) in geometry.nodes.enumerated() {
            let r = frame.rect(node.rect)
            let isQuestion = layout.kinds[k] == .question
            ids.append(
                slide.box(
                    name: "\(isQuestion ? "Question" : "Outcome") \(node.id)", paragraphs: ChartSlides.paragraphs(node.label, frame: frame),
                    x: r.x, y: r.y, width: r.w, height: r.h, fill: isQuestion ? "FFFFFF" : "EAF1FB",
                    line: onRoute.contains(k) ? routeColor : lineColor, lineWidth: onRoute.contains(k) ? routeWidth : lineWidth,
                    inset: frame.length(BoxLabel.paddingX / 2)))
            rects.append(r)
        }
        for edge in geometry.edges {
            let isRoute = onRoute.contains(edge.to)
            frame.connect(
                edge, ids: ids, rects: rects, on: &slide, dashed: false, color: isRoute ? routeColor : lineColor,
                width: isRoute ? routeWidth : lineWidth)
        }
        // Answers last, so they sit on top of the lines they label.
        for (k, node) in geometry.nodes.enumerated() {
            guard let label = node.edgeLabel, let rect = node.edgeLabelRect else { continue }
            let r = frame.rect(rect)
            _ = slide.box(
                name: "Answer \(node.id)", paragraphs: ChartSlides.paragraphs(label, frame: frame), x: r.x, y: r.y, width: r.w,
                height: r.h, fill: "FFFFFF", line: onRoute.contains(k) ? routeColor : "FFFFFF",
                lineWidth: onRoute.contains(k) ? lineWidth : 0, inset: frame.length(BoxLabel.paddingX / 2))
        }
        return slide
    }
}
