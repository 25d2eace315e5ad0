/// The one escaper for markup Orgbook writes itself: HTML text and quoted attribute values
/// (templates, the preview server's pages), SVG and other XML (diagrams, `sitemap.xml`,
/// Office documents). `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;`
/// and `&#39;`, so a value is safe in text and in either kind of quoted attribute; control
/// characters XML does not allow (below space, except tab, line feed and carriage return)
/// are left out, because one NUL from data makes an XML file unreadable.
///
/// Markdown bodies are the exception: they follow cmark's own rules (`CmarkEscaping`) so
/// that pages match libcmark's HTML byte for byte.
public enum MarkupEscaping {
    /// `text`, escaped.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `output`.
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends `bytes` (UTF-8), escaped, to `output`; runs that need no escaping are copied
    /// whole, since most labels and values have none.
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        EscapingLoop.append(bytes, to: &output, escaping: (0x26, 0x3C, 0x3E, 0x22, 0x27), orBelow: 0x20) { byte in
            switch byte {
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x22: "&quot;"
            case 0x27: "&#39;"
            case 0x09: "\t"
            case 0x0A: "\n"
            case 0x0D: "\r"
            default: ""
            }
        }
    }
}

/// The loop every escaper of text shares: runs of bytes that need nothing are copied whole
/// (most text has nothing to escape), each other byte is replaced.
enum EscapingLoop {
    @inline(__always)
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8],
        escaping needles: (UInt8, UInt8, UInt8, UInt8, UInt8), orBelow limit: UInt8,
        replacement: (UInt8) -> StaticString
    ) {
        var runStart = 0
        while true {
            let index = ByteScan.firstIndex(ofAnyOf: needles, orBelow: limit, in: bytes, from: runStart)
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            guard index < bytes.count else { return }
            // Replacements are string literals (static storage), not shared arrays: pages are
            // escaped on every core at once, and a shared array's reference count is contended.
            let text = replacement(bytes[index])
            output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            runStart = index + 1
        }
    }
}
