/// Compiles Mustache text into `TemplateNode`s, once per template.
///
/// Whitespace rules (layouts and their golden files rely on them byte for byte): a section, inverted section, closing, comment, partial or
/// set-delimiter tag alone on its line (only spaces or tabs around it) takes the whole
/// line with it; a standalone partial indents the lines it renders by the tag's
/// indentation. Whether the tag after a section starts a line is decided by the section's
/// opening tag.
struct TemplateParser {
    /// The current tag delimiters, `{{` and `}}` until a `{{=<% %>=}}` tag changes them
    /// (for the rest of the enclosing section or template).
    struct Delimiters {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
    }

    /// An open `{{#name}}` or `{{^name}}` waiting for its `{{/name}}`.
    struct OpenSection {
        var name: TemplateName
        var inverted: Bool
        var offset: Int

        /// The opening tag as written with the default delimiters, for messages.
        var tag: String { "{{\(inverted ? "^" : "#")\(name.text)}}" }
    }

    /// A `{{> name}}` naming no template in the library.
    struct MissingPartial: Sendable {
        var name: String
        var offset: Int
    }

    /// A `{{> name}}` outside every section: it renders whenever its template does.
    struct UnconditionalPartial: Sendable {
        var index: Int
        var offset: Int
    }

    /// Sections nested deeper than this are a syntax error: the parser and the renderer
    /// descend one call per level, and no layout needs more than a handful.
    static let maximumSectionDepth = 100

    let bytes: [UInt8]
    /// Library index of every template a partial tag may name.
    let partials: [String: Int]
    var position = 0
    var missingPartials: [MissingPartial] = []
    var unconditionalPartials: [UnconditionalPartial] = []
    private var sectionDepth = 0

    init(text: String, partials: [String: Int]) {
        bytes = Array(text.utf8)
        self.partials = partials
    }

    /// The whole template as nodes.
    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        position = 0
        return try parseBlock(closing: nil, delimiters: Delimiters(), atLineStart: true)
    }

    /// Nodes up to the end of the text, or up to `section`'s closing tag.
    private mutating func parseBlock(
        closing section: OpenSection?, delimiters start: Delimiters,
        atLineStart startsLine: Bool
    ) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var delimiters = start
        var atLineStart = startsLine
        // Spaces and tabs that began the current line, held back until we know whether
        // the line is a standalone tag's.
        var indentation: ArraySlice<UInt8> = []
        func flushIndentation() {
            if !indentation.isEmpty { nodes.append(.text(Array(indentation))) }
            indentation = []
        }
        while position < bytes.count {
            if atLineStart { indentation = readIndentation() }
            let textStart = position
            let foundTag = readText(until: delimiters.open)
            let text = bytes[textStart..<(foundTag ? position - delimiters.open.count : position)]
            if !foundTag, position < bytes.count {
                let lineBreak = newlineLength(at: position)
                nodes.append(.text(Array(indentation) + text + bytes[position..<position + lineBreak]))
                position += lineBreak
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(indentation) + text))
                indentation = []
                atLineStart = false
            }
            guard foundTag else { break }
            let tagStart = position - delimiters.open.count
            guard position < bytes.count else { throw unclosedTag(at: tagStart, delimiters) }
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(tagStart: tagStart, delimiters)
                standalone = atLineStart && finishLineIfBlank()
                if !standalone { flushIndentation() }
                guard sectionDepth < Self.maximumSectionDepth else {
                    throw TemplateSyntaxError(
                        offset: tagStart, message: "sections nested more than \(Self.maximumSectionDepth) levels deep",
                        hint: "close sections sooner, or move the inner part into a partial")
                }
                sectionDepth += 1
                defer { sectionDepth -= 1 }
                let body = try parseBlock(
                    closing: OpenSection(name: name, inverted: inverted, offset: tagStart), delimiters: delimiters, atLineStart: standalone)
                nodes.append(.section(name, inverted: inverted, body: body))
            case UInt8(ascii: "/"):
                position += 1
                let nameStart = position
                let name = try readName(tagStart: tagStart, delimiters)
                guard let section, section.name.text == name.text else {
                    throw mismatchedClose(name, open: section, at: nameStart, delimiters)
                }
                if !(atLineStart && finishLineIfBlank()) { flushIndentation() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(delimiters.close, from: position) else {
                    throw TemplateSyntaxError(
                        offset: tagStart, message: "a comment is never closed",
                        hint: "end the comment with `\(String(decoding: delimiters.close, as: UTF8.self))`")
                }
                position = end + delimiters.close.count
                standalone = atLineStart && finishLineIfBlank()
            case UInt8(ascii: "{"):
                flushIndentation()
                position += 1
                let name = try readName(tagStart: tagStart, delimiters)
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                    throw TemplateSyntaxError(
                        offset: position, message: "a triple-brace tag is not closed with `}}}`",
                        hint: "write `{{{\(name.text)}}}` or `{{& \(name.text)}}`")
                }
                position += 1
                nodes.append(.variable(name, escaped: false))
            case UInt8(ascii: "&"):
                flushIndentation()
                position += 1
                nodes.append(.variable(try readName(tagStart: tagStart, delimiters), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(tagStart: tagStart, delimiters)
                // The indentation before a partial is written even when the tag stands
                // alone, and the partial's later lines are indented by it too.
                let lead = Array(indentation)
                flushIndentation()
                standalone = atLineStart && finishLineIfBlank()
                let index = partialIndex(name, at: tagStart)
                if sectionDepth == 0, index >= 0 { unconditionalPartials.append(UnconditionalPartial(index: index, offset: tagStart)) }
                nodes.append(.partial(index: index, indentation: standalone ? lead : []))
            case UInt8(ascii: "="):
                position += 1
                delimiters = try readDelimiters(tagStart: tagStart, delimiters)
                standalone = atLineStart && finishLineIfBlank()
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                throw TemplateSyntaxError(
                    offset: tagStart, message: "template inheritance and config tags are not supported",
                    hint: "use sections and partials: `{{#name}}…{{/name}}`, `{{> partials/name}}`")
            default:
                flushIndentation()
                nodes.append(.variable(try readName(tagStart: tagStart, delimiters), escaped: true))
            }
            atLineStart = standalone
        }
        if let section {
            throw TemplateSyntaxError(
                offset: section.offset, message: "`\(section.tag)` is never closed",
                hint: "close the section with `{{/\(section.name.text)}}`")
        }
        return nodes
    }
}
