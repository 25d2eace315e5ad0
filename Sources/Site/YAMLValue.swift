import Foundation
import Yams

/// A value from front matter or `site.yaml`, kept as a Sendable value so pages can cross
/// threads; templates see it through `mustacheValue`.
public enum YAMLValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([YAMLValue])
    case map([String: YAMLValue])

    /// Converts a composed Yams node, resolving plain scalars the way YAML 1.1 core does.
    init(node: Node) {
        switch node {
        case .scalar(let scalar):
            // The tag the composer resolved decides, so `https://x` stays text and `10`
            // becomes a number. Each kind is built by its own constructor: going through
            // `Node.any` cost a dynamic lookup per value of every page's front matter.
            switch node.tag.description {
            case Tag.Name.bool.rawValue: self = Bool.construct(from: scalar).map(YAMLValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue: self = Int.construct(from: scalar).map(YAMLValue.int) ?? .string(scalar.string)
            case Tag.Name.float.rawValue: self = Double.construct(from: scalar).map(YAMLValue.double) ?? .string(scalar.string)
            case Tag.Name.null.rawValue: self = .null
            default: self = .string(scalar.string)
            }
        case .sequence(let sequence):
            self = .list(sequence.map(YAMLValue.init(node:)))
        case .mapping(let mapping):
            var result: [String: YAMLValue] = [:]
            for (key, value) in mapping { result[key.string ?? "\(key)"] = YAMLValue(node: value) }
            self = .map(result)
        }
    }

    /// The value templates see: numbers as their decimal text, `null` as empty text (a
    /// section over it still renders, as before), mappings as objects sorted by key.
    var mustacheValue: TemplateValue {
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

    /// The value as text, for keys such as `title` that must be strings.
    var text: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        default: nil
        }
    }
}
