import ByteText

/// Writes HTML for a tree exactly as libcmark's `cmark_render_html` does for the
/// CommonMark nodes (same newlines, escaping and safe-mode rules), plus GFM tables,
/// heading ids and HTML from fence renderers.
public struct HTMLFormatter: MarkdownWalker {
    /// Pass raw HTML and every URL through (cmark's `CMARK_OPT_UNSAFE`).
    public var allowsRawHTML: Bool
    private var output: HTMLOutput
    /// One entry per open container: whether it is a tight list. A paragraph whose
    /// grandparent is a tight list is written without `<p>` tags, as cmark does.
    private var tightness: [Bool] = []

    public init(allowsRawHTML: Bool = false, capacity: Int = 0) {
        self.allowsRawHTML = allowsRawHTML
        self.output = HTMLOutput(capacity: capacity)
    }

    /// The HTML written so far.
    public var html: String { output.string }

    /// The HTML for a whole tree.
    public static func format(_ root: MarkdownNode, allowsRawHTML: Bool = false, capacity: Int = 0) -> String {
        var formatter = HTMLFormatter(allowsRawHTML: allowsRawHTML, capacity: capacity)
        try? formatter.walk(root)
        return formatter.html
    }

    public mutating func enter(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .document:
            break
        case .blockQuote:
            output.newlineIfNeeded()
            output.append("<blockquote>\n")
        case .list(let style):
            output.newlineIfNeeded()
            if !style.isOrdered {
                output.append("<ul>\n")
            } else if style.start == 1 {
                output.append("<ol>\n")
            } else {
                output.append("<ol start=\"")
                output.append(number: style.start)
                output.append("\">\n")
            }
        case .listItem:
            output.newlineIfNeeded()
            output.append("<li>")
        case .heading(let level, let id):
            output.newlineIfNeeded()
            output.append("<h")
            output.append(number: level)
            if let id {
                output.append(" id=\"")
                output.appendEscaped(id)
                output.append("\"")
            }
            output.append(">")
        case .codeBlock(let info, let literal):
            writeCodeBlock(info: info, literal: literal)
        case .htmlBlock(let html):
            output.newlineIfNeeded()
            if allowsRawHTML { output.append(raw: html) } else { output.append("<!-- raw HTML omitted -->") }
            output.newlineIfNeeded()
        case .renderedHTML(let html):
            output.newlineIfNeeded()
            output.append(raw: html)
            output.newlineIfNeeded()
        case .thematicBreak:
            output.newlineIfNeeded()
            output.append("<hr />\n")
        case .paragraph:
            if !isInTightList {
                output.newlineIfNeeded()
                output.append("<p>")
            }
        case .table:
            output.newlineIfNeeded()
            output.append("<table>\n")
        case .tableHead:
            output.append("<thead>\n")
        case .tableBody:
            output.append("<tbody>\n")
        case .tableRow:
            output.append("<tr>\n")
        case .tableCell(let isHeader, let alignment):
            output.append(isHeader ? "<th" : "<td")
            switch alignment {
            case .none: break
            case .left: output.append(" align=\"left\"")
            case .center: output.append(" align=\"center\"")
            case .right: output.append(" align=\"right\"")
            }
            output.append(">")
        case .text(let text):
            output.appendEscaped(text)
        case .softBreak:
            output.append(byte: UInt8(ascii: "\n"))
        case .lineBreak:
            output.append("<br />\n")
        case .code(let code):
            output.append("<code>")
            output.appendEscaped(code)
            output.append("</code>")
        case .htmlInline(let html):
            if allowsRawHTML { output.append(raw: html) } else { output.append("<!-- raw HTML omitted -->") }
        case .emphasis:
            output.append("<em>")
        case .strong:
            output.append("<strong>")
        case .link(let destination, let title):
            output.append("<a href=\"")
            writeURL(destination)
            if !title.isEmpty {
                output.append("\" title=\"")
                output.appendEscaped(title)
            }
            output.append("\">")
        case .image(let destination, let title):
            writeImage(node, destination: destination, title: title)
            return false
        }
        if !node.isLeaf {
            tightness.append(node.isTightList)
        }
        return true
    }

    public mutating func exit(_ node: MarkdownNode) {
        tightness.removeLast()
        switch node.kind {
        case .blockQuote:
            output.newlineIfNeeded()
            output.append("</blockquote>\n")
        case .list(let style):
            output.append(style.isOrdered ? "</ol>\n" : "</ul>\n")
        case .listItem:
            output.append("</li>\n")
        case .heading(let level, _):
            output.append("</h")
            output.append(number: level)
            output.append(">\n")
        case .paragraph:
            if !isInTightList { output.append("</p>\n") }
        case .table:
            output.append("</table>\n")
        case .tableHead:
            output.append("</thead>\n")
        case .tableBody:
            output.append("</tbody>\n")
        case .tableRow:
            output.append("</tr>\n")
        case .tableCell(let isHeader, _):
            output.append(isHeader ? "</th>\n" : "</td>\n")
        case .emphasis:
            output.append("</em>")
        case .strong:
            output.append("</strong>")
        case .link:
            output.append("</a>")
        default:
            break
        }
    }

    /// True when the paragraph being entered or left sits in an item of a tight list
    /// (the stack then ends with: list, item).
    private var isInTightList: Bool {
        tightness.count >= 2 && tightness[tightness.count - 2]
    }

    private mutating func writeCodeBlock(info: String, literal: String) {
        output.newlineIfNeeded()
        if info.isEmpty {
            output.append("<pre><code>")
        } else {
            // The language is the info string up to cmark's first whitespace byte.
            let language = info.utf8.prefix { !Self.isCmarkSpace($0) }
            output.append("<pre><code class=\"language-")
            output.appendEscaped(String(decoding: language, as: UTF8.self))
            output.append("\">")
        }
        output.appendEscaped(literal)
        output.append("</code></pre>\n")
    }

    private mutating func writeURL(_ url: String) {
        if allowsRawHTML || !URLPolicy.isDangerous(url) {
            output.appendEscapedHref(url)
        }
    }

    /// cmark writes an image's description as plain text inside `alt`.
    private mutating func writeImage(_ node: MarkdownNode, destination: String, title: String) {
        output.append("<img src=\"")
        writeURL(destination)
        output.append("\" alt=\"")
        for child in node.children { writePlain(child) }
        if !title.isEmpty {
            output.append("\" title=\"")
            output.appendEscaped(title)
        }
        output.append("\" />")
    }

    private mutating func writePlain(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let text), .code(let text), .htmlInline(let text):
            output.appendEscaped(text)
        case .softBreak, .lineBreak:
            output.append(byte: UInt8(ascii: " "))
        default:
            for child in node.children { writePlain(child) }
        }
    }

    static func isCmarkSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}

extension MarkdownNode {
    var isTightList: Bool {
        if case .list(let style) = kind { return style.isTight }
        return false
    }
}
