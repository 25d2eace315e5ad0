/// A readable outline of a tree, one node a line with its range (`heading(2, id: "x") 3:1-3:9`),
/// for golden tests and debugging.
public struct TreeDumper: MarkdownWalker {
    private(set) public var text = ""
    private var depth = 0

    public init() {}

    public mutating func enter(_ node: MarkdownNode) -> Bool {
        text += String(repeating: "  ", count: depth) + Self.describe(node.kind)
        if let range = node.range {
            text += " \(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
        }
        text += "\n"
        if !node.isLeaf { depth += 1 }
        return true
    }

    public mutating func exit(_ node: MarkdownNode) {
        depth -= 1
    }

    static func describe(_ kind: MarkdownNode.Kind) -> String {
        switch kind {
        case .document: return "document"
        case .blockQuote: return "blockQuote"
        case .list(let style):
            return "list(\(style.isOrdered ? "ordered, start: \(style.start)" : "bullet"), \(style.isTight ? "tight" : "loose"))"
        case .listItem: return "listItem"
        case .codeBlock(let info, let literal): return "codeBlock(info: \(quoted(info)), \(quoted(literal)))"
        case .htmlBlock(let html): return "htmlBlock(\(quoted(html)))"
        case .paragraph: return "paragraph"
        case .heading(let level, let id): return "heading(\(level)\(id.map { ", id: \(quoted($0))" } ?? ""))"
        case .thematicBreak: return "thematicBreak"
        case .table(let alignments): return "table(\(alignments.map { "\($0)" }.joined(separator: ", ")))"
        case .tableHead: return "tableHead"
        case .tableBody: return "tableBody"
        case .tableRow: return "tableRow"
        case .tableCell(let isHeader, let alignment): return "tableCell(\(isHeader ? "header" : "body"), \(alignment))"
        case .renderedHTML(let html): return "renderedHTML(\(quoted(html)))"
        case .text(let text): return "text(\(quoted(text)))"
        case .softBreak: return "softBreak"
        case .lineBreak: return "lineBreak"
        case .code(let code): return "code(\(quoted(code)))"
        case .htmlInline(let html): return "htmlInline(\(quoted(html)))"
        case .emphasis: return "emphasis"
        case .strong: return "strong"
        case .link(let destination, let title): return "link(\(quoted(destination)), title: \(quoted(title)))"
        case .image(let destination, let title): return "image(\(quoted(destination)), title: \(quoted(title)))"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\"": result += "\\\""
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

extension MarkdownNode {
    /// The tree as an indented outline (see `TreeDumper`).
    public var outline: String {
        var dumper = TreeDumper()
        try? dumper.walk(self)
        return dumper.text
    }
}
