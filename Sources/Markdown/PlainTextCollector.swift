/// The text a reader sees in a node's inlines (used for heading text and slugs):
/// text and code literals, breaks as spaces, markup dropped.
struct PlainTextCollector: MarkdownVisitor {
    private(set) var text = ""

    mutating func defaultVisit(_ node: MarkdownNode) {
        switch node.kind {
        case .softBreak, .lineBreak: text += " "
        default: for child in node.children { visit(child) }
        }
    }

    mutating func visitText(_ node: MarkdownNode, text: String) { self.text += text }
    mutating func visitCode(_ node: MarkdownNode, code: String) { text += code }

    static func text(of node: MarkdownNode) -> String {
        var collector = PlainTextCollector()
        for child in node.children { collector.visit(child) }
        return collector.text
    }
}
