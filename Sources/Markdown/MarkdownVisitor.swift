/// One method per kind of node, each defaulting to `defaultVisit`: implement only the
/// kinds you care about and return a value from each (a plain-text extractor, a dump).
public protocol MarkdownVisitor {
    associatedtype Result
    mutating func defaultVisit(_ node: MarkdownNode) -> Result
    mutating func visitDocument(_ node: MarkdownNode) -> Result
    mutating func visitBlockQuote(_ node: MarkdownNode) -> Result
    mutating func visitList(_ node: MarkdownNode, style: MarkdownNode.ListStyle) -> Result
    mutating func visitListItem(_ node: MarkdownNode) -> Result
    mutating func visitCodeBlock(_ node: MarkdownNode, info: String, literal: String) -> Result
    mutating func visitHTMLBlock(_ node: MarkdownNode, html: String) -> Result
    mutating func visitParagraph(_ node: MarkdownNode) -> Result
    mutating func visitHeading(_ node: MarkdownNode, level: Int) -> Result
    mutating func visitThematicBreak(_ node: MarkdownNode) -> Result
    mutating func visitTable(_ node: MarkdownNode, alignments: [MarkdownNode.TableAlignment]) -> Result
    mutating func visitTableCell(_ node: MarkdownNode, isHeader: Bool, alignment: MarkdownNode.TableAlignment) -> Result
    mutating func visitText(_ node: MarkdownNode, text: String) -> Result
    mutating func visitCode(_ node: MarkdownNode, code: String) -> Result
    mutating func visitLink(_ node: MarkdownNode, destination: String, title: String) -> Result
    mutating func visitImage(_ node: MarkdownNode, destination: String, title: String) -> Result
}

extension MarkdownVisitor {
    /// Dispatches on the node's kind.
    public mutating func visit(_ node: MarkdownNode) -> Result {
        switch node.kind {
        case .document: return visitDocument(node)
        case .blockQuote: return visitBlockQuote(node)
        case .list(let style): return visitList(node, style: style)
        case .listItem: return visitListItem(node)
        case .codeBlock(let info, let literal): return visitCodeBlock(node, info: info, literal: literal)
        case .htmlBlock(let html): return visitHTMLBlock(node, html: html)
        case .paragraph: return visitParagraph(node)
        case .heading(let level, _): return visitHeading(node, level: level)
        case .thematicBreak: return visitThematicBreak(node)
        case .table(let alignments): return visitTable(node, alignments: alignments)
        case .tableCell(let isHeader, let alignment): return visitTableCell(node, isHeader: isHeader, alignment: alignment)
        case .text(let text): return visitText(node, text: text)
        case .code(let code): return visitCode(node, code: code)
        case .link(let destination, let title): return visitLink(node, destination: destination, title: title)
        case .image(let destination, let title): return visitImage(node, destination: destination, title: title)
        case .tableHead, .tableBody, .tableRow, .renderedHTML, .softBreak, .lineBreak,
            .htmlInline, .emphasis, .strong:
            return defaultVisit(node)
        }
    }

    public mutating func visitDocument(_ node: MarkdownNode) -> Result { defaultVisit(node) }
    public mutating func visitBlockQuote(_ node: MarkdownNode) -> Result { defaultVisit(node) }
    public mutating func visitList(_ node: MarkdownNode, style: MarkdownNode.ListStyle) -> Result { defaultVisit(node) }
    public mutating func visitListItem(_ node: MarkdownNode) -> Result { defaultVisit(node) }
    public mutating func visitCodeBlock(_ node: MarkdownNode, info: String, literal: String) -> Result { defaultVisit(node) }
    public mutating func visitHTMLBlock(_ node: MarkdownNode, html: String) -> Result { defaultVisit(node) }
    public mutating func visitParagraph(_ node: MarkdownNode) -> Result { defaultVisit(node) }
    public mutating func visitHeading(_ node: MarkdownNode, level: Int) -> Result { defaultVisit(node) }
    public mutating func visitThematicBreak(_ node: MarkdownNode) -> Result { defaultVisit(node) }
    public mutating func visitTable(_ node: MarkdownNode, alignments: [MarkdownNode.TableAlignment]) -> Result { defaultVisit(node) }
    public mutating func visitTableCell(_ node: MarkdownNode, isHeader: Bool, alignment: MarkdownNode.TableAlignment) -> Result {
        defaultVisit(node)
    }
    public mutating func visitText(_ node: MarkdownNode, text: String) -> Result { defaultVisit(node) }
    public mutating func visitCode(_ node: MarkdownNode, code: String) -> Result { defaultVisit(node) }
    public mutating func visitLink(_ node: MarkdownNode, destination: String, title: String) -> Result { defaultVisit(node) }
    public mutating func visitImage(_ node: MarkdownNode, destination: String, title: String) -> Result { defaultVisit(node) }
}
