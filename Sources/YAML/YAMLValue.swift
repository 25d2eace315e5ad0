/// A YAML value typed the way YAML 1.1's core schema types plain scalars (`10` a number,
/// `yes` a boolean, `~` null; quoted text stays text): what front matter and `site.yaml`
/// hold. A Sendable value, so pages can cross threads.
///
/// Org data readers do not use it: they read `YAMLNode`s, where every scalar stays text
/// and each reader decides what a value means (so `007` stays "007").
public enum YAMLValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([YAMLValue])
    case map([String: YAMLValue])

    /// Types a composed node. Recursion is safe: the composer refuses trees deeper than
    /// `YAMLComposer.maximumDepth`, and aliases beyond its expansion limit.
    public init(node: YAMLNode) {
        switch node {
        case .scalar(let scalar):
            self = scalar.isPlain ? Self.plain(scalar.text) : .string(scalar.text)
        case .sequence(let sequence):
            self = .list(sequence.items.map(YAMLValue.init(node:)))
        case .mapping(let mapping):
            var result: [String: YAMLValue] = [:]
            for pair in mapping.pairs { result[pair.key.text ?? Self.keyText(pair.key)] = YAMLValue(node: pair.value) }
            self = .map(result)
        }
    }

    private static func plain(_ text: String) -> YAMLValue {
        switch PlainScalar.kind(text) {
        case .bool: .bool(PlainScalar.boolean(text))
        case .int: PlainScalar.integer(text).map(YAMLValue.int) ?? .string(text)
        case .float: PlainScalar.float(text).map(YAMLValue.double) ?? .string(text)
        case .null: .null
        case .string: .string(text)
        }
    }

    /// A key that is a list or a mapping (`? [a, b]: x`), written out so it stays a key.
    private static func keyText(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): scalar.text
        case .sequence(let sequence): "[" + sequence.items.map(keyText).joined(separator: ", ") + "]"
        case .mapping(let mapping): "{" + mapping.pairs.map { keyText($0.key) + ": " + keyText($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// The value as text, for keys such as `title` that must be strings.
    public var text: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        default: nil
        }
    }
}
