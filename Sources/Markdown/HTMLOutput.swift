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

    /// cmark's `escape_html` (houdini, not secure mode): only `"`, `&`, `<`, `>` change.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        while true {
            let index = ByteScan.firstIndex(ofAnyOf: Self.escapedBytes, in: source, from: runStart)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            guard index < source.count else { return }
            switch source[index] {
            case UInt8(ascii: "\""): append("&quot;")
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            default: append("&gt;")
            }
            runStart = index + 1
        }
    }

    private static let escapedBytes = (UInt8(ascii: "\""), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                                       UInt8(ascii: "\""))

    /// cmark's `houdini_escape_href`: URL-safe bytes pass, `&` and `'` become entities,
    /// everything else is percent-encoded byte by byte.
    mutating func appendEscapedHref(_ url: String) {
        var url = url
        url.withUTF8 { source in
            var runStart = 0
            for index in 0..<source.count {
                let byte = source[index]
                if HTMLOutput.hrefSafe[Int(byte)] { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                switch byte {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "'"): append("&#x27;")
                default:
                    bytes.append(UInt8(ascii: "%"))
                    bytes.append(HTMLOutput.hexDigits[Int(byte >> 4)])
                    bytes.append(HTMLOutput.hexDigits[Int(byte & 0xF)])
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Bytes houdini leaves alone in an href: ASCII letters, digits and `-_.+!*(),%#@?=;:/$~`.
    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        return table
    }()
}
