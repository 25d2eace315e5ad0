/// What reading HTML for its text tells: the text (character references decoded), where
/// words must stay apart, and where headings open and close. The search index's
/// `SearchTextCollector` is one; the Markdown formatter feeds it the same events.
package protocol HTMLTextReceiver {
    /// Text as a reader sees it, UTF-8.
    mutating func append(_ text: Span<UInt8>)
    /// The same, for text that is a `String`.
    mutating func append(text: String)
    /// A block's start or end, a line break or white space: words on either side stay apart.
    mutating func boundary()
    /// An `<hN>` opens; `id` is its `id` attribute as written in the HTML, if any.
    mutating func openHeading(level: Int, id: String?)
    /// An `</hN>` closes.
    mutating func closeHeading(level: Int)
}

package enum HTMLText {
    /// Reads `html` into `receiver` (`HTMLTextScanner`). Returns false when the HTML ended
    /// inside a tag, comment, character reference or skipped element: what follows would
    /// have been read as part of it.
    package static func read<Receiver: HTMLTextReceiver>(_ html: String, into receiver: inout Receiver) -> Bool {
        var html = html
        return html.withUTF8 { bytes in
            // Moved in and back, not copied: a receiver held twice would copy its buffers
            // on the first append.
            var scanner = HTMLTextScanner(bytes: bytes, receiver: consume receiver)
            scanner.run()
            receiver = scanner.receiver
            return !scanner.endedInside
        }
    }
}

/// Reads HTML into a receiver in one pass over its UTF-8 bytes: tags are dropped
/// (block-level ones leave a space so words do not run together), the content of `svg`,
/// `script`, `style`, `template`, `noscript` and `nav` is skipped, character references
/// are decoded, and headings open and close. Markup is ASCII, so text bytes are handed on
/// untouched.
struct HTMLTextScanner<Receiver: HTMLTextReceiver> {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var receiver: Receiver
    /// Whether the bytes ended inside a tag, comment, reference or skipped element.
    var endedInside = false

    init(bytes: UnsafeBufferPointer<UInt8>, receiver: Receiver) {
        self.bytes = bytes
        self.receiver = receiver
    }

    private static var lessThan: UInt8 { UInt8(ascii: "<") }
    private static var ampersand: UInt8 { UInt8(ascii: "&") }

    mutating func run() {
        while index < bytes.count {
            let c = bytes[index]
            if c == Self.lessThan {
                readMarkup()
            } else if c == Self.ampersand {
                readReference()
            } else {
                // Copy the run of plain text up to the next markup in one go.
                let end = nextMarkup(from: index + 1)
                receiver.append(UnsafeBufferPointer(rebasing: bytes[index..<end]).span)
                index = end
            }
        }
    }

    /// Where the next `<` or `&` is at or after `start` (`bytes.count` if none): text runs
    /// are long and markup is all that ends them.
    private func nextMarkup(from start: Int) -> Int {
        ByteScan.firstIndex(
            ofAnyOf: (Self.lessThan, Self.ampersand, Self.lessThan, Self.ampersand, Self.lessThan),
            in: bytes, from: start)
    }

    /// `&name;` within a short distance, else a literal ampersand.
    mutating func readReference() {
        // The references cmark writes for markup characters, on bytes.
        if let (character, length) = markupReference() {
            index += length
            withUnsafeBytes(of: character) { receiver.append($0.bindMemory(to: UInt8.self).span) }
            return
        }
        var end = index + 1
        while end < bytes.count, end - index <= 32, isReferenceByte(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
            if let decoded = HTMLEntities.decode(Substring(name)) {
                index = end + 1
                receiver.append(text: decoded)
                return
            }
        }
        if end == bytes.count { endedInside = true }
        index += 1
        receiver.append(text: "&")
    }

    /// `&amp;`, `&lt;`, `&gt;` or `&quot;` at `index`: the character and the reference's length.
    private func markupReference() -> (UInt8, Int)? {
        func matches(_ name: StaticString) -> Bool {
            let count = name.utf8CodeUnitCount
            guard index + count + 1 < bytes.count, bytes[index + count + 1] == UInt8(ascii: ";") else { return false }
            for k in 0..<count where bytes[index + 1 + k] != name.utf8Start[k] { return false }
            return true
        }
        if matches("lt") { return (UInt8(ascii: "<"), 4) }
        if matches("gt") { return (UInt8(ascii: ">"), 4) }
        if matches("amp") { return (UInt8(ascii: "&"), 5) }
        if matches("quot") { return (UInt8(ascii: "\""), 6) }
        return nil
    }

    private func isReferenceByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "#")
    }

    mutating func readMarkup() {
        if startsWith("<!--") {
            index = find("-->", from: index + 4).map { $0 + 3 } ?? endInside()
            return
        }
        if startsWith("<!") || startsWith("<?") {
            index = find(">", from: index + 2).map { $0 + 1 } ?? endInside()
            return
        }
        guard let tag = readTag() else {
            receiver.append(text: "<")
            index += 1
            return
        }
        handle(tag)
    }

    /// The end of the bytes, reached inside a construct.
    private mutating func endInside() -> Int {
        endedInside = true
        return bytes.count
    }

    mutating func handle(_ tag: Tag) {
        if tag.kind == .skipped, !tag.isClosing, !tag.isSelfClosing {
            skipElement(named: tag.name)
            return
        }
        if case .heading(let level) = tag.kind {
            if tag.isClosing {
                receiver.closeHeading(level: level)
            } else {
                receiver.openHeading(level: level, id: tag.id.map { string($0.lowerBound, $0.upperBound) })
            }
            return
        }
        if tag.kind != .inline { receiver.boundary() }
    }

    /// Skips to the end of the element `name`, counting nested elements of the same name.
    /// Only tags of that name are looked at, on bytes: a diagram's SVG holds thousands of
    /// tags, none of which needs reading.
    mutating func skipElement(named name: Range<Int>) {
        let target = name.map { bytes[$0] | 0x20 }
        var depth = 1
        while index < bytes.count {
            guard let next = find("<", from: index) else {
                index = endInside()
                return
            }
            index = next
            if startsWith("<!--") {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? endInside()
                continue
            }
            var i = index + 1
            let isClosing = i < bytes.count && bytes[i] == UInt8(ascii: "/")
            if isClosing { i += 1 }
            guard matchesName(target, at: i) else {
                index += 1
                continue
            }
            // The tag's end, minding quoted attribute values that may hold `>`.
            var end = i + target.count
            var quote: UInt8 = 0
            while end < bytes.count {
                let c = bytes[end]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == UInt8(ascii: ">") {
                    break
                }
                end += 1
            }
            let isSelfClosing = end > 0 && end < bytes.count && bytes[end - 1] == UInt8(ascii: "/")
            index = min(end + 1, bytes.count)
            if !isSelfClosing {
                depth += isClosing ? -1 : 1
                if depth == 0 { return }
            }
        }
        endedInside = true
    }

    /// True when the tag name at `start` is `name` (lowercase ASCII), in any case, and ends there.
    private func matchesName(_ name: [UInt8], at start: Int) -> Bool {
        guard start + name.count <= bytes.count else { return false }
        for k in 0..<name.count where bytes[start + k] | 0x20 != name[k] { return false }
        let after = start + name.count
        return after == bytes.count || !isNameByte(bytes[after])
    }

    struct Tag {
        /// Where the name is in the HTML.
        var name: Range<Int>
        var kind: ElementKind
        var isClosing: Bool
        var isSelfClosing: Bool
        /// Where the `id` attribute's value is, the only one the index needs: a string is
        /// made only for a heading's.
        var id: Range<Int>?
    }

    private func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "-") || c == UInt8(ascii: ":")
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Reads `<name attr="v">` or `</name>` at `index`; nil (index unchanged) if the `<`
    /// does not open a tag.
    mutating func readTag() -> Tag? {
        var i = index + 1
        var isClosing = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "/") {
            isClosing = true
            i += 1
        }
        // A `<` (or `</`) the bytes end after is a literal `<` here, but might not be in
        // the page it is part of.
        if i >= bytes.count { endedInside = true }
        guard i < bytes.count, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A else { return nil }
        let nameStart = i
        while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
        let name = nameStart..<i
        var id: Range<Int>?
        var isSelfClosing = false
        while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
            let c = bytes[i]
            if ASCIISpace.contains(c) {
                i += 1
                continue
            }
            if c == UInt8(ascii: "/") {
                isSelfClosing = true
                i += 1
                continue
            }
            let attributeStart = i
            while i < bytes.count, !ASCIISpace.contains(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"),
                bytes[i] != UInt8(ascii: "/")
            { i += 1 }
            if i == attributeStart {
                i += 1
                continue
            }
            // Only ids matter: other attributes are stepped over without making strings.
            let isID =
                i - attributeStart == 2 && bytes[attributeStart] | 0x20 == UInt8(ascii: "i")
                && bytes[attributeStart + 1] | 0x20 == UInt8(ascii: "d")
            var valueRange = i..<i
            if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    i += 1
                    let valueStart = i
                    while i < bytes.count, bytes[i] != quote { i += 1 }
                    valueRange = valueStart..<i
                    i += 1
                } else {
                    let valueStart = i
                    while i < bytes.count, !ASCIISpace.contains(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    valueRange = valueStart..<i
                }
            }
            if isID { id = valueRange.lowerBound..<min(valueRange.upperBound, bytes.count) }
            isSelfClosing = false
        }
        if i >= bytes.count { endedInside = true }
        index = min(i + 1, bytes.count)
        return Tag(
            name: name, kind: ElementKind(UnsafeBufferPointer(rebasing: bytes[name])), isClosing: isClosing,
            isSelfClosing: isSelfClosing, id: id)
    }

    func startsWith(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where bytes[index + k] != p[k] { return false }
        return true
    }

    /// Where `needle` next starts at or after `start`. Its first byte is looked for eight
    /// bytes at a time: skipped elements (a diagram's SVG) and comments are long.
    func find(_ needle: StaticString, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        let first = p[0]
        var i = start
        while i + count <= bytes.count {
            i = ByteScan.firstIndex(ofAnyOf: (first, first, first, first, first), in: bytes, from: i)
            guard i + count <= bytes.count else { return nil }
            var k = 1
            while k < count, bytes[i + k] == p[k] { k += 1 }
            if k == count { return i }
            i += 1
        }
        return nil
    }
}

/// What the scanner does with an element, from its name: skip its content, cut a section
/// at it (a heading), run its text on (inline), or separate words around it (a block).
/// Decided on the name's bytes, in any case, without making a string per tag.
enum ElementKind: Equatable {
    /// `svg`, `script`, `style`, `template`, `nav`, `noscript`: content never indexed.
    case skipped
    case heading(level: Int)
    /// Phrasing elements (`a`, `em`, `code`, `span`, …): words run on across them.
    case inline
    case block

    init(_ name: UnsafeBufferPointer<UInt8>) {
        // By length first, then against literals: no shared table is touched per tag.
        func any(_ candidates: StaticString...) -> Bool { candidates.contains { Self.matches(name, $0) } }
        switch name.count {
        case 1 where any("a", "b", "i", "q", "s", "u"): self = .inline
        case 2 where name[0] | 0x20 == UInt8(ascii: "h") && name[1] >= UInt8(ascii: "1") && name[1] <= UInt8(ascii: "6"):
            self = .heading(level: Int(name[1] - UInt8(ascii: "0")))
        case 2 where any("em"): self = .inline
        case 3 where any("svg", "nav"): self = .skipped
        case 3 where any("bdi", "bdo", "dfn", "kbd", "sub", "sup", "var", "wbr"): self = .inline
        case 4 where any("abbr", "cite", "code", "data", "mark", "samp", "span", "time"): self = .inline
        case 5 where any("style"): self = .skipped
        case 5 where any("small"): self = .inline
        case 6 where any("script"): self = .skipped
        case 6 where any("strong"): self = .inline
        case 8 where any("template", "noscript"): self = .skipped
        default: self = .block
        }
    }

    private static func matches(_ name: UnsafeBufferPointer<UInt8>, _ candidate: StaticString) -> Bool {
        guard name.count == candidate.utf8CodeUnitCount else { return false }
        let bytes = candidate.utf8Start
        for k in 0..<name.count where name[k] | 0x20 != bytes[k] { return false }
        return true
    }
}
