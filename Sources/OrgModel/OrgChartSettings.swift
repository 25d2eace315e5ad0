/// The chart-level keys that say which numbers a chart carries and how boxes show them.
public struct OrgChartSettings: Sendable, Hashable {
    /// ISO code or symbol of `cost` values (`EUR`, `USD`, `€`); nil writes plain numbers.
    public var currency: String?
    /// Built-in measures then the declared custom ones, in declaration order.
    public var measures: [MeasureDefinition] = MeasureDefinition.builtIn
    /// Measure keys each box shows, in this order (`show: [headcount, cost]`).
    public var show: [String] = []
    /// The attribute (unmapped source column) that colours boxes.
    public var colorBy: String?
    /// Limits the metrics are checked against.
    public var targets: OrgTargets?
    /// Fields whose values appear in no output (`name`, `cost`, an attribute): only
    /// aggregates of them do.
    public var privateFields: Set<String> = []

    public init() {}

    /// The definition of measure `key`, built in or declared.
    public func measure(_ key: String) -> MeasureDefinition? { measures.first { $0.key == key } }
}
