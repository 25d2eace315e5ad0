/// A composed YAML node: Orgbook's own small tree, built straight from libyaml's events
/// (see `YAMLComposer`). Every scalar stays text (YAML 1.2 "failsafe" reading): the readers
/// decide what a value means, so `007` stays "007" and `Yes` stays "Yes".
enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    /// Where the node starts in the composed text.
    var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// The text of a scalar; nil for a list or a mapping.
    var text: String? {
        if case .scalar(let scalar) = self { return scalar.text }
        return nil
    }

    /// A plain `~`, `null` or nothing at all: YAML's way of leaving a value out.
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }
}

/// A 1-based line and column (columns count Unicode scalars, as libyaml does). Kept in
/// 32 bits each so that a scalar node stays small.
struct YAMLMark: Hashable, Sendable {
    private let storedLine: UInt32
    private let storedColumn: UInt32

    init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    var line: Int { Int(storedLine) }
    var column: Int { Int(storedColumn) }
}

/// A scalar of any style, as text.
struct YAMLScalar: Sendable {
    var text: String
    /// Written without quotes and not as a block (`|`, `>`): only such a scalar can mean "null".
    var isPlain: Bool
    var mark: YAMLMark

    var isNull: Bool {
        guard isPlain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// A list, items in the order written.
struct YAMLSequence: Sendable {
    var items: [YAMLNode]
    var mark: YAMLMark
}

/// One `key: value` entry of a mapping.
struct YAMLPair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
}

/// A mapping, entries in the order written, repeated keys kept (the readers report them).
struct YAMLMapping: Sendable {
    var pairs: [YAMLPair]
    var mark: YAMLMark

    /// The value of the last entry whose key is the text `key` (so a repeated key reads like
    /// a dictionary where the last write wins).
    subscript(key: String) -> YAMLNode? {
        pairs.last { $0.key.text == key }?.value
    }

    var keys: [YAMLNode] { pairs.map(\.key) }
}
