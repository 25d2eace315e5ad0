/// One place where the chart misses a target, named so the review can list it.
public struct TargetBreach: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case spanBelowMin = "span below minimum"
        case spanAboveMax = "span above maximum"
        case layersAboveMax = "below the deepest layer allowed"
    }

    public var kind: Kind
    /// The manager (span) or the person or unit too deep (layers).
    public var id: String
    public var name: String
    /// The span, or the layer.
    public var value: Int
    /// The target missed.
    public var limit: Int

    public init(kind: Kind, id: String, name: String, value: Int, limit: Int) {
        self.kind = kind
        self.id = id
        self.name = name
        self.value = value
        self.limit = limit
    }

    /// "Ana Ruiz (E10001): span 2, target at least 4".
    public var summary: String { "\(who): \(shortfall)" }

    /// "Ana Ruiz (E10001)", or the id alone when the name is private.
    public var who: String { name.isEmpty ? id : "\(name) (\(id))" }

    /// "span 2, target at least 4".
    public var shortfall: String {
        switch kind {
        case .spanBelowMin: "span \(value), target at least \(limit)"
        case .spanAboveMax: "span \(value), target at most \(limit)"
        case .layersAboveMax: "layer \(value), target at most \(limit) layers"
        }
    }
}
