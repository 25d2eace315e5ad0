import Diagnostics

/// The pass that turns a parsed page into what the site needs, in one walk: heading ids,
/// link and image destinations rewritten and recorded, registered fences rendered.
struct PageAnnotator: MarkdownRewriter {
    let options: MarkdownOptions
    private var slugger = HeadingSlugger()
    private(set) var headings: [Heading] = []
    private(set) var links: [LinkReference] = []
    private(set) var fenceKinds: Set<String> = []
    private(set) var otherFences: [FenceKindUse] = []

    init(options: MarkdownOptions) {
        self.options = options
    }

    func shouldDescend(into node: MarkdownNode) -> Bool {
        // Code, HTML and text hold no links or headings.
        !node.isLeaf
    }

    mutating func rewrite(_ node: MarkdownNode) throws -> MarkdownRewrite {
        switch node.kind {
        case .heading(let level, _):
            let text = PlainTextCollector.text(of: node)
            let id = slugger.uniqueSlug(for: text)
            headings.append(Heading(level: level, text: text, id: id, location: location(of: node)))
            var copy = node
            copy.kind = .heading(level: level, id: options.headingIDs ? id : nil)
            return .replace(copy)
        case .link(let destination, let title):
            var copy = node
            copy.kind = .link(destination: record(destination, isImage: false, node: node), title: title)
            return .replace(copy)
        case .image(let destination, let title):
            var copy = node
            copy.kind = .image(destination: record(destination, isImage: true, node: node), title: title)
            return .replace(copy)
        case .codeBlock(let info, let literal):
            let kind = String(decoding: info.utf8.prefix { !HTMLFormatter.isCmarkSpace($0) }, as: UTF8.self)
            guard !kind.isEmpty else { return .keep }
            guard let renderer = options.fenceRenderers[kind] else {
                otherFences.append(FenceKindUse(kind: kind, location: location(of: node)))
                return .keep
            }
            // The content starts on the line after the opening fence.
            let fence = location(of: node)
            let block = FencedBlock(
                info: info, kind: kind, content: literal,
                contentLocation: SourceLocation(path: fence.path, line: fence.line + 1, column: fence.column))
            let html = try renderer.render(block)
            fenceKinds.insert(kind)
            return .replace(MarkdownNode(.renderedHTML(html), range: node.range))
        default:
            return .keep
        }
    }

    /// Applies the link rewriter and records the destination; returns what to render.
    private mutating func record(_ destination: String, isImage: Bool, node: MarkdownNode) -> String {
        let rewritten = options.linkRewriter?(destination)
        links.append(
            LinkReference(
                destination: destination, rewritten: rewritten, isImage: isImage,
                location: location(of: node)))
        return rewritten ?? destination
    }

    private func location(of node: MarkdownNode) -> SourceLocation {
        if let range = node.range ?? node.firstDescendantRange {
            return range.location(in: options.sourcePath)
        }
        return SourceLocation(path: options.sourcePath, line: options.lineOffset + 1, column: 1)
    }
}

extension MarkdownNode {
    var firstDescendantRange: SourceRange? {
        for child in children {
            if let range = child.range ?? child.firstDescendantRange { return range }
        }
        return nil
    }
}
