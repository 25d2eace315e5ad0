/// Plain text from rendered HTML in one pass: tags are dropped (block-level ones leave a
/// space so words do not run together), the content of `svg`, `script`, `style`,
/// `template` and `nav` is skipped, character references are decoded, whitespace is
/// collapsed, and the text is cut into sections at each `<h2>`…`<h6>` that has an `id`.
/// An `<h1>` is skipped: the page title is indexed on its own.
public enum SearchTextExtractor {
    /// What one page's HTML holds for search.
    public struct Extracted: Sendable, Hashable {
        /// Text before the first heading with an id.
        public var text: String
        /// One section per heading with an id, in document order.
        public var sections: [SearchSection]
    }

    static let skippedElements: Set<String> = ["svg", "script", "style", "template", "nav", "noscript"]
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]

    /// Plain text of `html`, without sections.
    public static func plainText(html: String) -> String {
        let extracted = extract(html: html)
        return ([extracted.text] + extracted.sections.flatMap { [$0.title, $0.text] })
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Text of `html` cut at headings with ids.
    public static func extract(html: String) -> Extracted {
        var scanner = Scanner(html: html)
        scanner.run()
        scanner.finishSection()
        return Extracted(text: scanner.intro ?? "", sections: scanner.sections)
    }

    /// The state of the single pass.
    private struct Scanner {
        let chars: [Character]
        var index = 0
        var intro: String?
        var sections: [SearchSection] = []
        var pendingHeading: (id: String, title: String)?
        var body = TextBuffer()
        var headingText = TextBuffer()
        /// The heading element being read, when inside one ("h2", or "h1" to drop).
        var openHeading: String?
        var openHeadingID: String?

        init(html: String) { chars = Array(html) }

        mutating func run() {
            while index < chars.count {
                let c = chars[index]
                if c == "<" {
                    readMarkup()
                } else if c == "&" {
                    append(readReference())
                } else {
                    append(String(c))
                    index += 1
                }
            }
        }

        mutating func append(_ text: String) {
            if openHeading != nil { headingText.append(text) } else { body.append(text) }
        }

        mutating func boundary() {
            if openHeading != nil { headingText.append(" ") } else { body.append(" ") }
        }

        /// Closes the current section (or the intro) with the text read so far.
        mutating func finishSection() {
            let text = body.finish()
            if let heading = pendingHeading {
                sections.append(SearchSection(id: heading.id, title: heading.title, text: text))
            } else if intro == nil {
                intro = text
            }
            body = TextBuffer()
        }

        mutating func readReference() -> String {
            // `&name;` within a short distance, else a literal ampersand.
            var end = index + 1
            while end < chars.count, end - index <= 32, chars[end] != ";", chars[end] != "&", chars[end] != "<", !chars[end].isWhitespace {
                end += 1
            }
            if end < chars.count, chars[end] == ";", end > index + 1 {
                let name = String(chars[(index + 1)..<end])
                if let decoded = HTMLEntities.decode(Substring(name)) {
                    index = end + 1
                    return decoded
                }
            }
            index += 1
            return "&"
        }

        mutating func readMarkup() {
            if startsWith("<!--") {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? chars.count
                return
            }
            if startsWith("<!") || startsWith("<?") {
                index = find(">", from: index + 2).map { $0 + 1 } ?? chars.count
                return
            }
            guard let tag = readTag() else {
                append("<")
                index += 1
                return
            }
            handle(tag)
        }

        mutating func handle(_ tag: Tag) {
            if skippedElementsContains(tag.name), !tag.isClosing, !tag.isSelfClosing {
                skipElement(named: tag.name)
                return
            }
            if let level = headingLevel(tag.name) {
                if !tag.isClosing {
                    openHeading = tag.name
                    openHeadingID = level >= 2 ? tag.attributes["id"] : nil
                    headingText = TextBuffer()
                    return
                }
                if tag.name == openHeading {
                    let title = headingText.finish()
                    if let id = openHeadingID, !id.isEmpty {
                        finishSection()
                        pendingHeading = (id, title)
                    } else if level >= 2, !title.isEmpty {
                        // A heading without an id stays part of the running text.
                        body.append(" " + title + " ")
                    }
                    openHeading = nil
                    openHeadingID = nil
                    return
                }
            }
            if !SearchTextExtractor.inlineElements.contains(tag.name) { boundary() }
        }

        func skippedElementsContains(_ name: String) -> Bool {
            SearchTextExtractor.skippedElements.contains(name)
        }

        func headingLevel(_ name: String) -> Int? {
            guard name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue, (1...6).contains(level) else { return nil }
            return level
        }

        /// Skips to the end of the element `name`, counting nested elements of the same name.
        mutating func skipElement(named name: String) {
            var depth = 1
            while index < chars.count {
                guard let next = find("<", from: index) else { index = chars.count; return }
                index = next
                if startsWith("<!--") {
                    index = find("-->", from: index + 4).map { $0 + 3 } ?? chars.count
                    continue
                }
                guard let tag = readTag() else { index += 1; continue }
                if tag.name == name, !tag.isSelfClosing {
                    depth += tag.isClosing ? -1 : 1
                    if depth == 0 { return }
                }
            }
        }

        struct Tag {
            var name: String
            var isClosing: Bool
            var isSelfClosing: Bool
            var attributes: [String: String]
        }

        /// Reads `<name attr="v">` or `</name>` at `index`; nil (index unchanged) if the
        /// `<` does not open a tag.
        mutating func readTag() -> Tag? {
            var i = index + 1
            var isClosing = false
            if i < chars.count, chars[i] == "/" { isClosing = true; i += 1 }
            guard i < chars.count, chars[i].isLetter else { return nil }
            var name = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == ":" {
                name.append(chars[i]); i += 1
            }
            var attributes: [String: String] = [:]
            var isSelfClosing = false
            while i < chars.count, chars[i] != ">" {
                let c = chars[i]
                if c.isWhitespace { i += 1; continue }
                if c == "/" { isSelfClosing = true; i += 1; continue }
                var attribute = ""
                while i < chars.count, !chars[i].isWhitespace, chars[i] != "=", chars[i] != ">", chars[i] != "/" {
                    attribute.append(chars[i]); i += 1
                }
                if attribute.isEmpty { i += 1; continue }
                var value = ""
                if i < chars.count, chars[i] == "=" {
                    i += 1
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                        let quote = chars[i]
                        i += 1
                        while i < chars.count, chars[i] != quote { value.append(chars[i]); i += 1 }
                        i += 1
                    } else {
                        while i < chars.count, !chars[i].isWhitespace, chars[i] != ">" { value.append(chars[i]); i += 1 }
                    }
                }
                attributes[attribute.lowercased()] = value
                isSelfClosing = false
            }
            index = min(i + 1, chars.count)
            return Tag(name: name.lowercased(), isClosing: isClosing, isSelfClosing: isSelfClosing, attributes: attributes)
        }

        func startsWith(_ prefix: String) -> Bool {
            var i = index
            for p in prefix {
                guard i < chars.count, chars[i] == p else { return false }
                i += 1
            }
            return true
        }

        func find(_ needle: String, from start: Int) -> Int? {
            let n = Array(needle)
            var i = start
            while i + n.count <= chars.count {
                if chars[i] == n[0], Array(chars[i..<(i + n.count)]) == n { return i }
                i += 1
            }
            return nil
        }
    }
}

/// Collects text with runs of whitespace collapsed to one space and no leading space.
struct TextBuffer {
    private var text = ""
    private var pendingSpace = false

    mutating func append(_ piece: String) {
        for c in piece {
            if c.isWhitespace {
                pendingSpace = !text.isEmpty
            } else {
                if pendingSpace { text.append(" "); pendingSpace = false }
                text.append(c)
            }
        }
    }

    /// The collected text, trimmed.
    func finish() -> String { text }
}
