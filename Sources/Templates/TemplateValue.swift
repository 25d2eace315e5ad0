/// A value a template reads: text, a flag, a list or an object of named values. Typed,
/// so rendering never casts (`[String: Any]` lookups spent most of a build in dynamic
/// casts).
///
/// Truthiness (which layouts rely on): a section over `false`, an empty list or a missing name renders nothing; over text
/// (even empty), numbers and objects it renders once with the value pushed as context.
public enum TemplateValue: Sendable, Hashable {
    /// Text, HTML-escaped by `{{name}}` and written as is by `{{{name}}}`.
    case text(String)
    /// Text given as its UTF-8 bytes, rendered exactly as `.text` would render it: a page's
    /// HTML, which is made as bytes and copied into the page as they are (making a `String`
    /// of it checked every byte once more).
    case utf8Text([UInt8])
    /// A flag: sections render for `true`, inverted sections for `false`; shown as `true`/`false`.
    case bool(Bool)
    /// Sections render once per item with the item as context; inverted ones when empty.
    case list([TemplateValue])
    /// Named values; a section over an object renders once with it pushed as context.
    case object(TemplateObject)

    /// A whole number, shown in decimal like any text.
    public static func number(_ value: Int) -> TemplateValue { .text(String(value)) }

    /// The value named `key` when this is an object.
    public subscript(key: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The text of a `.text` or `.utf8Text` value.
    public var text: String? {
        switch self {
        case .text(let value): value
        case .utf8Text(let bytes): String(decoding: bytes, as: UTF8.self)
        default: nil
        }
    }

    /// The flag of a `.bool` value.
    public var bool: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    /// The items of a `.list` value.
    public var list: [TemplateValue]? {
        guard case .list(let value) = self else { return nil }
        return value
    }
}
