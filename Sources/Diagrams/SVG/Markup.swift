import ByteText
import Layout

/// Builds SVG and HTML text into one growing string, escaping everything that comes from
/// data and writing numbers in a short, locale-free, deterministic form.
struct Markup {
    /// UTF-8 bytes; turned into a String once at the end (appending bytes is much cheaper
    /// than growing a String piece by piece).
    private var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends markup already built (a drawing's content, without converting it to text).
    mutating func raw(_ other: Markup) { bytes.append(contentsOf: other.bytes) }

    var byteCount: Int { bytes.count }

    /// Appends markup written by the renderer itself (never data).
    mutating func raw(_ s: String) {
        // The string's UTF-8 view is appended from its contiguous storage: one memcpy.
        bytes.append(contentsOf: s.utf8)
    }

    /// Appends data as text content or an attribute value, escaped by the one markup
    /// escaper (`MarkupEscaping`: special characters escaped, forbidden control characters
    /// left out).
    mutating func escaped(_ s: String) {
        MarkupEscaping.append(s, to: &bytes)
    }

    /// Appends a number rounded to hundredths, without trailing zeros (`12`, `12.5`, `-3.25`):
    /// charts write tens of thousands of numbers (`DecimalText`).
    mutating func number(_ value: Double) {
        DecimalText.appendHundredths(value, to: &bytes)
    }

    /// Appends ` name="value"` with the value escaped. Names are the renderer's own (static
    /// text, never data), which makes writing them a plain copy.
    mutating func attribute(_ name: StaticString, _ value: String) {
        attributeStart(name)
        escaped(value)
        bytes.append(0x22)
    }

    mutating func attribute(_ name: StaticString, _ value: Double) {
        attributeStart(name)
        number(value)
        bytes.append(0x22)
    }

    /// ` name="`
    private mutating func attributeStart(_ name: StaticString) {
        bytes.append(0x20)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x3D)
        bytes.append(0x22)
    }

    static func format(_ value: Double) -> String {
        var m = Markup(capacity: 16)
        m.number(value)
        return m.text
    }

    /// Escapes a string for text or attribute use.
    static func escape(_ s: String) -> String {
        var m = Markup(capacity: s.utf8.count + 16)
        m.escaped(s)
        return m.text
    }
}
