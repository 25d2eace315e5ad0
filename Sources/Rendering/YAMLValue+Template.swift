import Templates
import YAML

extension YAMLValue {
    /// The value templates see: numbers as their decimal text, `null` as empty text (a
    /// section over it still renders), mappings as objects sorted by key.
    package var mustacheValue: TemplateValue {
        switch self {
        case .string(let value): .text(value)
        case .int(let value): .number(value)
        case .double(let value): .text(String(value))
        case .bool(let value): .bool(value)
        case .null: .text("")
        case .list(let values): .list(values.map(\.mustacheValue))
        case .map(let values): .object(TemplateObject(values.mapValues(\.mustacheValue)))
        }
    }
}
