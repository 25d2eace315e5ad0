import Layout

/// The default look, inside every SVG so a standalone file looks right. Every rule sits
/// under `:where(.orgbook-diagram)`, which adds no specificity: the site's
/// `diagrams.css` (dark mode, print, theme) overrides it with plain class selectors.
/// Meaning never rests on colour alone: dashes, weights and badges carry it too.
enum DiagramStyle {
    static let css = """
        :where(.orgbook-diagram) text{fill:#1f2933}\
        :where(.orgbook-diagram) .box{fill:#ffffff;stroke:#52606d;stroke-width:1.2}\
        :where(.orgbook-diagram) .node.root .box{stroke-width:2}\
        :where(.orgbook-diagram) .edge{fill:none;stroke:#7b8794;stroke-width:1.4}\
        :where(.orgbook-diagram) .edge.dotted{stroke-dasharray:5 4}\
        :where(.orgbook-diagram) .node.question .box{fill:#f5f7fa}\
        :where(.orgbook-diagram) .node.outcome .box{fill:#eef6ff;stroke:#2f5f98}\
        :where(.orgbook-diagram) .node a text{fill:#1d4f91;text-decoration:underline}\
        :where(.orgbook-diagram) .node a text.badge-text{fill:#ffffff;text-decoration:none}\
        :where(.orgbook-diagram) .answer .box{fill:#ffffff;stroke:#9aa5b1;stroke-width:1}\
        :where(.orgbook-diagram) .answer text{fill:#3e4c59}\
        :where(.orgbook-diagram) .edge.on-path{stroke:#b44d12;stroke-width:3.5}\
        :where(.orgbook-diagram) .node.on-path .box{stroke:#b44d12;stroke-width:3}\
        :where(.orgbook-diagram) .answer.on-path .box{stroke:#b44d12;stroke-width:2}\
        :where(.orgbook-diagram) .badge{fill:#323f4b;stroke:none}\
        :where(.orgbook-diagram) text.badge-text{fill:#ffffff}\
        :where(.orgbook-diagram) .node.added .box{stroke:#1f7a3d;stroke-width:3}\
        :where(.orgbook-diagram) .node.moved .box{stroke:#8a5a00;stroke-width:2;stroke-dasharray:8 3}\
        :where(.orgbook-diagram) .node.removed .box{fill:#f5f5f5;stroke:#9b1c1c;stroke-dasharray:4 3}\
        :where(.orgbook-diagram) .node.removed text.name{text-decoration:line-through}\
        :where(.orgbook-diagram) .node.renamed .box{stroke-width:2}\
        :where(.orgbook-diagram) .side-title{fill:#1f2933}\
        :where(.orgbook-diagram) .cell .box,:where(.orgbook-diagram) .legend .box{stroke:#cbd2d9;stroke-width:1}\
        :where(.orgbook-diagram) .cell.filled .box{fill:#e4ecf7}\
        :where(.orgbook-diagram) .column-header .box,:where(.orgbook-diagram) .row-header .box,:where(.orgbook-diagram) .corner .box{fill:#f5f7fa;stroke:#cbd2d9;stroke-width:1}\
        :where(.orgbook-diagram) .row-group .box{fill:#e4e7eb;stroke:#cbd2d9;stroke-width:1}
        """
}
