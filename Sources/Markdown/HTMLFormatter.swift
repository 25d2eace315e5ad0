import ByteText

/// Writes HTML for a tree exactly as libcmark's `cmark_render_html` does for the
/// CommonMark nodes (same newlines, escaping and safe-mode rules), plus GFM tables,
/// heading ids and HTML from fence renderers.
public struct HTMLFormatter: MarkdownWalker {
    /// Pass raw HTML and every URL through (cmark's `CMARK_OPT_UNSAFE`).
    public var allowsRawHTML: Bool
    /// Told what is written, as it is written (see `HTMLTextObserver`).
    public var observer: (any HTMLTextObserver)?
    private var output: HTMLOutput
    /// One entry per open container: whether it is a tight list. A paragraph whose
    /// grandparent is a tight list is written without `<p>` tags, as cmark does.
    private var tightness: [Bool] = []

    public init(allowsRawHTML: Bool = false, capacity: Int = 0, observer: (any HTMLTextObserver)? = nil) {
        self.allowsRawHTML = allowsRawHTML
        self.observer = observer
        self.output = HTMLOutput(capacity: capacity)
    }

    /// The HTML written so far.
    public var html: String { output.string }

    /// The HTML written so far, as UTF-8.
    public var htmlUTF8: [UInt8] { output.bytes }

    /// The HTML for a whole tree.
    public static func format(
        _ root: consuming MarkdownNode, allowsRawHTML: Bool = false, capacity: Int = 0, observer: (any HTMLTextObserver)? = nil
    ) -> String {
        String(decoding: formatUTF8(root, allowsRawHTML: allowsRawHTML, capacity: capacity, observer: observer), as: UTF8.self)
    }

    /// The HTML for a whole tree, as UTF-8. Given the tree to keep (the caller's last use
    /// of it), it is walked in place, without copying its nodes.
    public static func formatUTF8(
        _ root: consuming MarkdownNode, allowsRawHTML: Bool = false, capacity: Int = 0, observer: (any HTMLTextObserver)? = nil
    ) -> [UInt8] {
        var formatter = HTMLFormatter(allowsRawHTML: allowsRawHTML, capacity: capacity, observer: observer)
        var root = root
        try? formatter.walk(&root)
        return formatter.htmlUTF8
    }

    public mutating func enter(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .document:
            break
        case .blockQuote:
            newlineIfNeeded()
            block("<blockquote>\n")
        case .list(let style):
            newlineIfNeeded()
            if !style.isOrdered {
                block("<ul>\n")
            } else if style.start == 1 {
                block("<ol>\n")
            } else {
                output.append("<ol start=\"")
                output.append(number: style.start)
                block("\">\n")
            }
        case .listItem:
            newlineIfNeeded()
            block("<li>")
        case .heading(let level, let id):
            newlineIfNeeded()
            output.append("<h")
            output.append(number: level)
            var writtenID: String?
            if let id {
                output.append(" id=\"")
                let start = output.bytes.count
                output.appendEscaped(id)
                if observer != nil { writtenID = String(decoding: output.bytes[start...], as: UTF8.self) }
                output.append("\"")
            }
            output.append(">")
            observer?.headingStarted(level: level, id: writtenID)
        case .codeBlock(let info, let literal):
            writeCodeBlock(info: info, literal: literal)
        case .htmlBlock(let html):
            newlineIfNeeded()
            if allowsRawHTML { raw(html) } else { output.append("<!-- raw HTML omitted -->") }
            newlineIfNeeded()
        case .renderedHTML(let html):
            newlineIfNeeded()
            raw(html)
            newlineIfNeeded()
        case .thematicBreak:
            newlineIfNeeded()
            block("<hr />\n")
        case .paragraph:
            if !isInTightList {
                newlineIfNeeded()
                block("<p>")
            }
        case .table:
            newlineIfNeeded()
            block("<table>\n")
        case .tableHead:
            block("<thead>\n")
        case .tableBody:
            block("<tbody>\n")
        case .tableRow:
            block("<tr>\n")
        case .tableCell(let isHeader, let alignment):
            output.append(isHeader ? "<th" : "<td")
            switch alignment {
            case .none: break
            case .left: output.append(" align=\"left\"")
            case .center: output.append(" align=\"center\"")
            case .right: output.append(" align=\"right\"")
            }
            block(">")
        case .text(let text):
            self.text(text)
        case .softBreak:
            output.append(byte: UInt8(ascii: "\n"))
            observer?.boundary()
        case .lineBreak:
            block("<br />\n")
        case .code(let code):
            output.append("<code>")
            text(code)
            output.append("</code>")
        case .htmlInline(let html):
            if allowsRawHTML { raw(html) } else { output.append("<!-- raw HTML omitted -->") }
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
            newlineIfNeeded()
            block("</blockquote>\n")
        case .list(let style):
            block(style.isOrdered ? "</ol>\n" : "</ul>\n")
        case .listItem:
            block("</li>\n")
        case .heading(let level, _):
            output.append("</h")
            output.append(number: level)
            output.append(">")
            observer?.headingEnded(level: level)
            output.append(byte: UInt8(ascii: "\n"))
            observer?.boundary()
        case .paragraph:
            if !isInTightList { block("</p>\n") }
        case .table:
            block("</table>\n")
        case .tableHead:
            block("</thead>\n")
        case .tableBody:
            block("</tbody>\n")
        case .tableRow:
            block("</tr>\n")
        case .tableCell(let isHeader, _):
            block(isHeader ? "</th>\n" : "</td>\n")
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

    // What the observer is told mirrors what a reader of the HTML would find: a block-level
    // tag or a line feed separates words, an inline tag (`<em>`, `<a>`, `<code>`) does not.

    /// cmark's `cr()`: a line feed unless the output is empty or already ends a line. The
    /// observer is told either way: where no line feed is written, the one before (or the
    /// empty start) already separated the words, and a second boundary changes nothing.
    private mutating func newlineIfNeeded() {
        output.newlineIfNeeded()
        observer?.boundary()
    }

    /// Markup that holds a block-level tag or ends in a line feed.
    private mutating func block(_ markup: StaticString) {
        output.append(markup)
        observer?.boundary()
    }

    private mutating func text(_ text: String) {
        output.appendEscaped(text)
        observer?.text(text)
    }

    private mutating func raw(_ html: String) {
        output.append(raw: html)
        observer?.html(html)
    }

    /// True when the paragraph being entered or left sits in an item of a tight list
    /// (the stack then ends with: list, item).
    private var isInTightList: Bool {
        tightness.count >= 2 && tightness[tightness.count - 2]
    }

    private mutating func writeCodeBlock(info: String, literal: String) {
        newlineIfNeeded()
        if info.isEmpty {
            block("<pre><code>")
        } else {
            // The language is the info string up to cmark's first whitespace byte.
            let language = info.utf8.prefix { !Self.isCmarkSpace($0) }
            output.append("<pre><code class=\"language-")
            output.appendEscaped(String(decoding: language, as: UTF8.self))
            block("\">")
        }
        text(literal)
        block("</code></pre>\n")
    }

    private mutating func writeURL(_ url: String) {
        if allowsRawHTML || !URLPolicy.isDangerous(url) {
            output.appendEscapedHref(url)
        }
    }

    /// cmark writes an image's description as plain text inside `alt`.
    private mutating func writeImage(_ node: MarkdownNode, destination: String, title: String) {
        // `<img>` is a block-level tag to a reader of the text, and its `alt` is not text.
        observer?.boundary()
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
