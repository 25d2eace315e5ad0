import ByteText

/// A growing UTF-8 buffer with cmark's escaping rules, so a whole page is written into
/// one allocation without bridging strings.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(raw text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    /// cmark's `cr()`: start a new line unless the output is empty or already at one.
    mutating func newlineIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") {
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends text with cmark's escaping (`CmarkEscaping.appendText`).
    mutating func appendEscaped(_ text: String) {
        CmarkEscaping.appendText(text, to: &bytes)
    }

    /// Appends a URL with cmark's href escaping (`CmarkEscaping.appendHref`).
    mutating func appendEscapedHref(_ url: String) {
        CmarkEscaping.appendHref(url, to: &bytes)
    }
}
