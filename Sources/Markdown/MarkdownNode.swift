/// One node of a parsed Markdown document: a Swift-owned value copied out of libcmark's
/// tree (no C pointer survives the parse), plus the nodes Orgbook adds (tables, fences
/// rendered by a registered renderer).
public struct MarkdownNode: Sendable, Hashable {
    /// What the node is, with the data that kind carries.
    public var kind: Kind
    /// Child nodes in document order (empty for leaves).
    public var children: [MarkdownNode]
    /// Where the node is in the file (lines already shifted by the front matter), when known.
    public var range: SourceRange?

    public init(_ kind: Kind, children: [MarkdownNode] = [], range: SourceRange? = nil) {
        self.kind = kind
        self.children = children
        self.range = range
    }
}

extension MarkdownNode {
    /// The kinds of node: CommonMark's, GFM's table parts, and pre-rendered HTML.
    public enum Kind: Sendable, Hashable {
        // Blocks
        case document
        case blockQuote
        case list(ListStyle)
        case listItem
        /// `info` is the fence's info string (empty for indented code and bare fences).
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        /// `id` is the anchor Orgbook gave it (nil when heading ids are off).
        case heading(level: Int, id: String?)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableHead
        case tableBody
        case tableRow
        case tableCell(isHeader: Bool, alignment: TableAlignment)
        /// HTML produced by Orgbook itself (a fence renderer): always written as is.
        case renderedHTML(String)
        // Inlines
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(destination: String, title: String)
    }

    /// A list's marker type, numbering and spacing.
    public struct ListStyle: Sendable, Hashable {
        public var isOrdered: Bool
        public var start: Int
        public var isTight: Bool

        public init(isOrdered: Bool, start: Int, isTight: Bool) {
            self.isOrdered = isOrdered
            self.start = start
            self.isTight = isTight
        }
    }

    /// A table column's alignment from its delimiter cell (`:--`, `:-:`, `--:`).
    public enum TableAlignment: Sendable, Hashable {
        case none, left, center, right
    }

    /// True for nodes cmark treats as leaves (no enter/exit pair when walking).
    public var isLeaf: Bool {
        switch kind {
        case .codeBlock, .htmlBlock, .thematicBreak, .renderedHTML, .text, .softBreak,
            .lineBreak, .code, .htmlInline:
            return true
        default:
            return false
        }
    }
}
