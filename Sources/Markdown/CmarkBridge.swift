import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only place that talks to libcmark. It parses once, walks cmark's iterator once,
/// copies every node into Swift-owned `MarkdownNode` values and frees the C tree before
/// returning, so no cmark pointer outlives a call.
enum CmarkBridge {
    /// The deepest nesting of nodes copied (lists, items, quotes, emphasis and links all
    /// count). Every pass over the tree is recursive, so deeper input (thousands of `>` or
    /// list markers) would exhaust a thread's stack; real pages nest a dozen levels.
    static let maximumDepth = 200

    /// Parses `text` as a CommonMark document; node lines are shifted by `lineOffset`.
    /// Nodes nested deeper than `maximumDepth` are left out, and the first of them is named
    /// in `tooDeep` so the renderer can refuse the page.
    static func parse(_ text: String, allowsRawHTML: Bool, lineOffset: Int) -> (document: MarkdownNode, tooDeep: SourcePoint?) {
        var options = CMARK_OPT_SOURCEPOS
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        var source = text
        let root: OpaquePointer? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let root else { return (MarkdownNode(.document), nil) }
        defer { cmark_node_free(root) }
        return copyTree(root, lineOffset: lineOffset)
    }

    /// libcmark's own HTML for `text`: the reference our formatter must match byte for byte.
    static func referenceHTML(_ text: String, allowsRawHTML: Bool) -> String {
        let options = allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var source = text
        let raw: UnsafeMutablePointer<CChar>? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_markdown_to_html(chars.baseAddress, chars.count, options)
            }
        }
        guard let raw else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// Walks the iterator once; containers are built on a stack and attached on exit.
    private static func copyTree(_ root: OpaquePointer, lineOffset: Int) -> (document: MarkdownNode, tooDeep: SourcePoint?) {
        guard let iterator = cmark_iter_new(root) else { return (MarkdownNode(.document), nil) }
        defer { cmark_iter_free(iterator) }
        var stack: [MarkdownNode] = []
        var finished = MarkdownNode(.document)
        var tooDeep: SourcePoint?
        // Containers entered below the depth limit and not yet exited: skipped whole.
        var skipped = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if skipped > 0 || (event == CMARK_EVENT_ENTER && stack.count >= maximumDepth) {
                if tooDeep == nil { tooDeep = range(of: node, lineOffset: lineOffset)?.start ?? SourcePoint(line: 1, column: 1) }
                if !isLeaf(node) { skipped += event == CMARK_EVENT_ENTER ? 1 : -1 }
                continue
            }
            if event == CMARK_EVENT_ENTER {
                var copy = MarkdownNode(kind(of: node), range: range(of: node, lineOffset: lineOffset))
                if isLeaf(node) {
                    stack[stack.count - 1].children.append(consume copy)
                } else {
                    // Room for every child at once: grown one child at a time, the lists
                    // were reallocated 1.1 million times for the 10k bench corpus.
                    copy.children.reserveCapacity(childCount(of: node))
                    stack.append(consume copy)
                }
            } else if event == CMARK_EVENT_EXIT {
                var done = stack.removeLast()
                repairAutolinkRange(&done)
                if stack.isEmpty {
                    finished = consume done
                } else {
                    stack[stack.count - 1].children.append(consume done)
                }
            }
        }
        return (finished, tooDeep)
    }

    /// libcmark 0.30 gives autolinks (`<https://…>`) a range past their text; their text's
    /// range is right, so the link's is that text plus the angle brackets.
    private static func repairAutolinkRange(_ node: inout MarkdownNode) {
        guard case .link = node.kind, let range = node.range,
            let text = node.children.first?.range, text.start < range.start
        else { return }
        node.range = SourceRange(
            start: SourcePoint(line: text.start.line, column: max(1, text.start.column - 1)),
            end: SourcePoint(line: text.end.line, column: text.end.column + 1))
    }

    /// How many children cmark gives `node`.
    private static func childCount(of node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    /// cmark's iterator gives leaves an enter event only.
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK,
            CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
            CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                MarkdownNode.ListStyle(
                    isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    isTight: cmark_node_get_list_tight(node) != 0))
        case CMARK_NODE_ITEM: return .listItem
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(
                info: string(cmark_node_get_fence_info(node)),
                literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), id: nil)
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(
                destination: string(cmark_node_get_url(node)),
                title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(
                destination: string(cmark_node_get_url(node)),
                title: string(cmark_node_get_title(node)))
        default:
            // Custom blocks and inlines exist only when built by hand through the C API;
            // the parser never makes them. A document node is a transparent container.
            return .document
        }
    }

    private static func range(of node: OpaquePointer, lineOffset: Int) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        guard startLine > 0 else { return nil }
        return SourceRange(
            start: SourcePoint(line: startLine + lineOffset, column: Int(cmark_node_get_start_column(node))),
            end: SourcePoint(
                line: Int(cmark_node_get_end_line(node)) + lineOffset,
                column: Int(cmark_node_get_end_column(node))))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
