extension TemplateValue {
    /// How `{{name}}` shows a list or an object: Swift's literal notation (`["a", "b"]`,
    /// `["key": "value"]`), which layouts written for Orgbook rely on; object keys keep
    /// their order. Text shows as itself at the top level.
    var literal: String {
        switch self {
        case .text(let text): text
        case .utf8Text(let bytes): String(decoding: bytes, as: UTF8.self)
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(\.nestedLiteral).joined(separator: ", ") + "]"
        case .object(let object):
            object.isEmpty
                ? "[:]"
                : "[" + object.entries.map { $0.key.debugDescription + ": " + $0.value.nestedLiteral }.joined(separator: ", ") + "]"
        }
    }

    /// Inside a list or object, text is quoted.
    private var nestedLiteral: String {
        if let text = text { return text.debugDescription }
        return literal
    }
}
