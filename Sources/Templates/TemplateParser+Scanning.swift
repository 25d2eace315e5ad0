/// Reading bytes: text up to a tag, names, delimiters, and whether a tag stands alone.
extension TemplateParser {
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// Spaces and tabs at the current position.
    mutating func readIndentation() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, bytes[position] == Self.space || bytes[position] == Self.tab { position += 1 }
        return bytes[start..<position]
    }

    /// Moves to the next line break (not consumed; returns false) or past the next opening
    /// delimiter (returns true); at the end of the text returns false.
    mutating func readText(until open: [UInt8]) -> Bool {
        let first = open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.newline || (byte == Self.carriageReturn && position + 1 < bytes.count && bytes[position + 1] == Self.newline) {
                return false
            }
            if byte == first, matches(open, at: position) {
                position += open.count
                return true
            }
            position += 1
        }
        return false
    }

    /// The length of the line break at `offset`: 2 for CR LF, 1 for LF or a lone CR, else 0.
    func newlineLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        if bytes[offset] == Self.newline { return 1 }
        guard bytes[offset] == Self.carriageReturn else { return 0 }
        return offset + 1 < bytes.count && bytes[offset + 1] == Self.newline ? 2 : 1
    }

    func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for index in pattern.indices where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    func find(_ pattern: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + pattern.count <= bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// True, having consumed the rest of the line, when only spaces or tabs follow up to
    /// the line break; also true at the very end of the text.
    mutating func finishLineIfBlank() -> Bool {
        guard position < bytes.count else { return true }
        var index = position
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
        let lineBreak = newlineLength(at: index)
        guard lineBreak > 0 else { return false }
        position = index + lineBreak
        return true
    }

    mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn || byte == 0x0B || byte == 0x0C
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
            UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default: false
        }
    }

    /// The name of a variable or section tag and its closing delimiter.
    mutating func readName(tagStart: Int, _ delimiters: Delimiters) throws(TemplateSyntaxError) -> TemplateName {
        let text = try readTagWord(tagStart: tagStart, delimiters) { Self.isNameByte($0) }
        if text.contains("(") {
            throw TemplateSyntaxError(
                offset: tagStart, message: "`\(text)`: transforms are not supported",
                hint: "compute the value in the context instead of in the template")
        }
        return TemplateName(text)
    }

    /// The name of a partial (a path, so `/` is allowed) and its closing delimiter.
    mutating func readPartialName(tagStart: Int, _ delimiters: Delimiters) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
            throw TemplateSyntaxError(
                offset: tagStart, message: "dynamic partial names are not supported",
                hint: "name the partial, e.g. `{{> partials/nav}}`")
        }
        return try readTagWord(tagStart: tagStart, delimiters) { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }
    }

    private mutating func readTagWord(
        tagStart: Int, _ delimiters: Delimiters,
        allowed: (UInt8) -> Bool
    ) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, allowed(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(delimiters.close, at: position) else {
            let close = String(decoding: delimiters.close, as: UTF8.self)
            if position < bytes.count, !matches(Array(delimiters.close.prefix(1)), at: position), newlineLength(at: position) == 0 {
                let scalar = String(decoding: bytes[position...].prefix(4), as: UTF8.self).prefix(1)
                throw TemplateSyntaxError(
                    offset: position, message: "`\(scalar)` cannot appear in a tag name",
                    hint: "names are letters, digits and `.-_?`; close every tag with `\(close)`")
            }
            throw unclosedTag(at: position, delimiters)
        }
        position += delimiters.close.count
        guard !text.isEmpty else {
            throw TemplateSyntaxError(
                offset: tagStart, message: "a tag has no name",
                hint: "write a name between the braces, e.g. `{{page.title}}`, or `{{.}}` for the current item")
        }
        return text
    }

    /// The delimiters a `{{=open close=}}` tag sets; the `=` is already read.
    mutating func readDelimiters(tagStart: Int, _ delimiters: Delimiters) throws(TemplateSyntaxError) -> Delimiters {
        let bad = TemplateSyntaxError(
            offset: tagStart, message: "a set-delimiter tag is malformed",
            hint: "write the two new delimiters between `=` signs, e.g. `{{=<% %>=}}`")
        skipWhitespace()
        let openStart = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]) { position += 1 }
        let open = Array(bytes[openStart..<position])
        skipWhitespace()
        let closeStart = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: "=") { position += 1 }
        let close = Array(bytes[closeStart..<position])
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw bad }
        position += 1
        guard matches(delimiters.close, at: position), !open.isEmpty, !close.isEmpty else { throw bad }
        position += delimiters.close.count
        return Delimiters(open: open, close: close)
    }

    /// The library index of partial `name`, or -1 after noting it as missing.
    mutating func partialIndex(_ name: String, at offset: Int) -> Int {
        if let index = partials[name] { return index }
        missingPartials.append(MissingPartial(name: name, offset: offset))
        return -1
    }

    func unclosedTag(at offset: Int, _ delimiters: Delimiters) -> TemplateSyntaxError {
        let close = String(decoding: delimiters.close, as: UTF8.self)
        return TemplateSyntaxError(
            offset: offset, message: "a tag is not closed with `\(close)`",
            hint: "close every tag with `\(close)` on the same line, e.g. `{{page.title}}`")
    }

    func mismatchedClose(_ name: TemplateName, open: OpenSection?, at offset: Int, _ delimiters: Delimiters) -> TemplateSyntaxError {
        guard let open else {
            return TemplateSyntaxError(
                offset: offset, message: "`{{/\(name.text)}}` closes a section that is not open",
                hint: "remove it, or open the section earlier with `{{#\(name.text)}}`")
        }
        return TemplateSyntaxError(
            offset: offset, message: "`{{/\(name.text)}}` does not close the open section `\(open.tag)`",
            hint: "close `\(open.tag)` with `{{/\(open.name.text)}}` first; every {{#section}} needs a matching {{/section}}")
    }

    /// 1-based line and column (in characters) of a UTF-8 offset. For many offsets in
    /// one template, make a `LineIndex` once instead.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        LineIndex(bytes).lineAndColumn(of: offset)
    }
}
