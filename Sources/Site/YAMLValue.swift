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
            // Plain scalars without a tag are typed by `PlainScalar`, the same rules as
            // Yams's resolver without its regular expressions.
            let written = scalar.tag.description
            let tag = written.isEmpty ? PlainScalar.tagName(scalar.string) : Tag.Name(rawValue: written)
            switch tag {
            case .bool: self = Bool.construct(from: scalar).map(YAMLValue.bool) ?? .string(scalar.string)
            case .int: self = Self.decimal(scalar.string).map(YAMLValue.int) ?? Int.construct(from: scalar).map(YAMLValue.int) ?? .string(scalar.string)
            case .float: self = Double.construct(from: scalar).map(YAMLValue.double) ?? .string(scalar.string)
            case .null: self = .null
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

    /// A plain decimal like `100` or `-5` (no leading zero, which YAML 1.1 reads as
    /// octal, and no `_`), the common case, read without Yams's string rewriting.
    private static func decimal(_ text: String) -> Int? {
        var digits = Substring(text).utf8
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard let first = digits.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9"),
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(text)
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
