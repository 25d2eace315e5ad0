import Diagnostics

/// Renders fenced code blocks whose info string names a registered kind (e.g. `orgchart`).
public protocol FenceRenderer: Sendable {
    /// Returns the HTML that replaces the block; throws `Diagnostic` or `DiagnosticError`
    /// with locations in the Markdown file.
    func render(_ block: FencedBlock) throws -> String
}

/// A fenced code block handed to a `FenceRenderer`.
public struct FencedBlock: Sendable, Hashable {
    /// The whole info string, e.g. `orgchart title="Today"`.
    public var info: String
    /// The first word of the info string: the key renderers are registered under.
    public var kind: String
    /// The literal content of the block.
    public var content: String
    /// Where the block's first content line is in the Markdown file.
    public var contentLocation: SourceLocation

    public init(info: String, kind: String, content: String, contentLocation: SourceLocation) {
        self.info = info
        self.kind = kind
        self.content = content
        self.contentLocation = contentLocation
    }
}

/// How to render one Markdown file.
public struct MarkdownOptions: Sendable {
    /// Pass raw HTML through; off by default (cmark's safe mode).
    public var allowsRawHTML: Bool = false
    /// Renderers for fenced blocks, keyed by the first word of the info string.
    public var fenceRenderers: [String: any FenceRenderer] = [:]
    /// Rewrites a link destination (e.g. `../guide.md#setup` → `../../guide/#setup`);
    /// returns nil to leave it as written.
    public var linkRewriter: (@Sendable (String) -> String?)? = nil
    /// The file the text came from, for locations in diagnostics, headings and links.
    public var sourcePath: String = "<input>"
    /// Lines of the file before the Markdown text (front matter), so lines are the file's.
    public var lineOffset: Int = 0
    /// Give headings GitHub-style ids (`<h2 id="setup">`); off gives libcmark's exact output.
    public var headingIDs: Bool = true
    /// Turn GFM pipe tables into `<table>`s (libcmark alone leaves them as paragraphs).
    public var pipeTables: Bool = true
    /// Told what the page says as its HTML is written (the search index reads pages so).
    public var textObserver: (any HTMLTextObserver)? = nil

    public init() {}
}

/// The first word of a fenced block's info string and where the fence is.
public struct FenceKindUse: Sendable, Hashable {
    public var kind: String
    public var location: SourceLocation

    public init(kind: String, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// A heading of the page, with the id it was given.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var location: SourceLocation

    public init(level: Int, text: String, id: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}

/// A link or image found in the text: what was written and what it became.
public struct LinkReference: Sendable, Hashable {
    public var destination: String
    public var rewritten: String?
    public var isImage: Bool
    public var location: SourceLocation

    public init(destination: String, rewritten: String?, isImage: Bool, location: SourceLocation) {
        self.destination = destination
        self.rewritten = rewritten
        self.isImage = isImage
        self.location = location
    }
}

/// The result of rendering: HTML plus the side data later passes need, so nothing parses twice.
public struct RenderedMarkdown: Sendable {
    /// The HTML as UTF-8, as the formatter wrote it. Kept as bytes: layouts copy them into
    /// the page as they are, and making a `String` of every page checked each byte again
    /// (1.1 % of a 10,000-page build's instructions).
    public var htmlUTF8: [UInt8]
    /// The HTML as text (made from `htmlUTF8` when asked for).
    public var html: String {
        get { String(decoding: htmlUTF8, as: UTF8.self) }
        set { htmlUTF8 = Array(newValue.utf8) }
    }
    /// Every heading in document order (the table of contents is built from these).
    public var headings: [Heading]
    /// Every link and image destination in document order.
    public var links: [LinkReference]
    /// Every id an `#anchor` may target (heading ids and any other ids emitted).
    public var anchors: Set<String>
    /// The fence kinds that were rendered by a registered renderer.
    public var fenceKinds: Set<String>
    /// Fenced blocks whose kind no renderer claimed (left as code), in document order, so
    /// a caller can spot a misspelt diagram kind.
    public var otherFences: [FenceKindUse]

    public init(
        html: String, headings: [Heading], links: [LinkReference], anchors: Set<String>, fenceKinds: Set<String>,
        otherFences: [FenceKindUse] = []
    ) {
        self.init(
            htmlUTF8: Array(html.utf8), headings: headings, links: links, anchors: anchors, fenceKinds: fenceKinds,
            otherFences: otherFences)
    }

    public init(
        htmlUTF8: [UInt8], headings: [Heading], links: [LinkReference], anchors: Set<String>, fenceKinds: Set<String>,
        otherFences: [FenceKindUse] = []
    ) {
        self.otherFences = otherFences
        self.htmlUTF8 = htmlUTF8
        self.headings = headings
        self.links = links
        self.anchors = anchors
        self.fenceKinds = fenceKinds
    }
}

public enum MarkdownRenderer {
    /// Parses `text` once and renders it to HTML with its headings, links and anchors.
    /// Throws what a fence renderer throws (`Diagnostic` or `DiagnosticError`).
    public static func render(_ text: String, options: MarkdownOptions = MarkdownOptions()) throws -> RenderedMarkdown {
        let (parsed, tooDeep) = parseChecked(text, options: options)
        if let tooDeep {
            throw Diagnostic.error(
                at: SourceLocation(path: options.sourcePath, line: tooDeep.line, column: tooDeep.column),
                "Markdown nested more than \(CmarkBridge.maximumDepth) levels deep (lists, block quotes or emphasis)",
                hint: "flatten the nesting; no reader can follow more than a few levels")
        }
        var page = parsed
        var annotator = PageAnnotator(options: options)
        try annotator.rewrite(tree: &page)
        // HTML is usually a little longer than its Markdown: reserve once.
        let capacity = text.utf8.count + text.utf8.count / 4 + 64
        let html = HTMLFormatter.formatUTF8(
            consume page, allowsRawHTML: options.allowsRawHTML, capacity: capacity, observer: options.textObserver)
        let anchors = options.headingIDs ? Set(annotator.headings.map(\.id)) : []
        return RenderedMarkdown(
            htmlUTF8: html, headings: annotator.headings, links: annotator.links,
            anchors: anchors, fenceKinds: annotator.fenceKinds, otherFences: annotator.otherFences)
    }

    /// The document tree of `text`: cmark's nodes copied into Swift values with the file's
    /// lines (`lineOffset` applied), and pipe tables found when `options.pipeTables` is on.
    /// Nodes nested beyond the depth limit are left out (`render` refuses such a page).
    public static func parse(_ text: String, options: MarkdownOptions = MarkdownOptions()) -> MarkdownNode {
        parseChecked(text, options: options).document
    }

    private static func parseChecked(_ text: String, options: MarkdownOptions) -> (document: MarkdownNode, tooDeep: SourcePoint?) {
        var (document, tooDeep) = CmarkBridge.parse(text, allowsRawHTML: options.allowsRawHTML, lineOffset: options.lineOffset)
        guard options.pipeTables else { return (document, tooDeep) }
        var tables = PipeTablePass(text: text, lineOffset: options.lineOffset, allowsRawHTML: options.allowsRawHTML)
        tables.run(&document)
        return (document, tooDeep)
    }
}
