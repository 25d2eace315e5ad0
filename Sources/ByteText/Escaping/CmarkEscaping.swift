/// cmark's own escaping rules (houdini, not secure mode), used only for the HTML of
/// Markdown bodies so that Orgbook's pages match libcmark's output byte for byte. Every
/// other piece of markup Orgbook writes goes through `MarkupEscaping`.
public enum CmarkEscaping {
    /// `appendText` for the UTF-8 of `text`.
    public static func appendText(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendText($0, to: &output) }
    }

    /// `appendHref` for the UTF-8 of `url`.
    public static func appendHref(_ url: String, to output: inout [UInt8]) {
        var url = url
        url.withUTF8 { appendHref($0, to: &output) }
    }

    /// cmark's `escape_html`: only `"`, `&`, `<` and `>` change (`'` stays, as in cmark).
    public static func appendText(_ source: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        EscapingLoop.append(source, to: &output, escaping: (0x22, 0x26, 0x3C, 0x3E, 0x22), orBelow: 0) { byte in
            switch byte {
            case 0x22: "&quot;"
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            default: "&gt;"
            }
        }
    }

    /// cmark's `houdini_escape_href`: URL-safe bytes pass, `&` and `'` become entities,
    /// everything else is percent-encoded byte by byte.
    public static func appendHref(_ source: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for index in 0..<source.count {
            let byte = source[index]
            if isHrefSafe(byte) { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            switch byte {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x27: output.append(contentsOf: "&#x27;".utf8)
            default:
                output.append(UInt8(ascii: "%"))
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            }
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    }

    /// Bytes houdini leaves alone in an href: ASCII letters, digits and `-_.+!*(),%#@?=;:/$~`.
    @inline(__always)
    static func isHrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "*"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"),
            UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
