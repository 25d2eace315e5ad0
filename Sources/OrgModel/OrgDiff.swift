/// A before/after comparison of two org charts, units matched by id.
public struct OrgDiff: Sendable, Hashable {
    public var title: String?
    public var before: OrgChart
    public var after: OrgChart
    /// One entry per unit id of either side, in the order: after's units, then removed ones.
    public var changes: [UnitChange]
    public var beforeMetrics: OrgMetrics
    public var afterMetrics: OrgMetrics

    public init(
        title: String?, before: OrgChart, after: OrgChart, changes: [UnitChange],
        beforeMetrics: OrgMetrics, afterMetrics: OrgMetrics
    ) {
        self.title = title
        self.before = before
        self.after = after
        self.changes = changes
        self.beforeMetrics = beforeMetrics
        self.afterMetrics = afterMetrics
    }
}

/// What happened to one unit. Exactly one `kind`; `renamed` may accompany any kind that
/// exists on both sides.
public struct UnitChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case unchanged, moved, added, removed
    }

    public var id: String
    public var kind: Kind
    public var renamed: Bool
    public var beforeName: String?
    public var afterName: String?
    public var beforeParent: String?
    public var afterParent: String?

    public init(
        id: String, kind: Kind, renamed: Bool, beforeName: String?, afterName: String?,
        beforeParent: String?, afterParent: String?
    ) {
        self.id = id
        self.kind = kind
        self.renamed = renamed
        self.beforeName = beforeName
        self.afterName = afterName
        self.beforeParent = beforeParent
        self.afterParent = afterParent
    }
}

/// Shape figures for one org chart.
public struct OrgMetrics: Sendable, Hashable {
    public var units: Int
    /// Levels from the root (a lone root is 1 layer).
    public var layers: Int
    /// Mean number of direct reports over units that have any.
    public var averageSpan: Double
    public var largestSpan: Int
    /// How many managers have each span: span → number of managers.
    public var spanDistribution: [Int: Int]
    public var reportingToRoot: Int
    public var dottedLines: Int

    public init(
        units: Int, layers: Int, averageSpan: Double, largestSpan: Int,
        spanDistribution: [Int: Int], reportingToRoot: Int, dottedLines: Int
    ) {
        self.units = units
        self.layers = layers
        self.averageSpan = averageSpan
        self.largestSpan = largestSpan
        self.spanDistribution = spanDistribution
        self.reportingToRoot = reportingToRoot
        self.dottedLines = dottedLines
    }
}
