/// One figure of a before/after comparison.
public struct MetricDelta: Sendable, Hashable {
    /// A stable key (`headcount`, `managers`, `average-span` …).
    public var key: String
    public var label: String
    public var before: Double
    public var after: Double
    public var delta: Double { after - before }

    public init(key: String, label: String, before: Double, after: Double) {
        self.key = key
        self.label = label
        self.before = before
        self.after = after
    }
}
