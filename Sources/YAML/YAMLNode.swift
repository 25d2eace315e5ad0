/// A composed YAML node: Orgbook's own small tree, built straight from libyaml's events
/// (see `YAMLComposer`). Every scalar stays text (YAML 1.2 "failsafe" reading): the readers
/// decide what a value means, so `007` stays "007" and `Yes` stays "Yes".
public enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    /// Where the node starts in the composed text.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// The text of a scalar; nil for a list or a mapping.
    public var text: String? {
        if case .scalar(let scalar) = self { return scalar.text }
        return nil
    }

    /// A plain `~`, `null` or nothing at all: YAML's way of leaving a value out.
    public var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }
}
