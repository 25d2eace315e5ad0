/// What an organisation-design review reports about people: spans of control and their
/// distribution, narrow spans, layers and the pyramid, managers to individual
/// contributors, and the totals of every measure. Vacant positions count as positions
/// (a manager with an open role manages it) but not in headcount.
public struct PeopleMetrics: Sendable, Hashable {
    /// Filled positions.
    public var headcount: Int
    public var vacancies: Int
    /// Positions with at least one direct report.
    public var managers: Int
    /// Filled positions with no direct reports.
    public var individualContributors: Int
    /// Levels from the top (the top person is layer 1).
    public var layers: Int
    /// Filled positions in each layer, top first: the pyramid.
    public var headcountByLayer: [Int]
    /// Mean direct reports per manager.
    public var averageSpan: Double
    public var largestSpan: Int
    /// Managers in each span band.
    public var spanBuckets: [SpanBucket: Int]
    /// Ids of managers with fewer than 3 direct reports, in data order.
    public var narrowSpanManagers: [String]
    /// Every measure summed over all positions.
    public var totals: [String: Double]

    /// Individual contributors per manager (0 when there are no managers).
    public var contributorsPerManager: Double {
        managers == 0 ? 0 : Double(individualContributors) / Double(managers)
    }
}

extension PeopleMetrics {
    /// The metrics of `people`, a validated tree with managers as parents. Linear.
    init(people: [OrgUnit], tree: PeopleTree) {
        var buckets: [SpanBucket: Int] = [:]
        var narrow: [String] = []
        var managers = 0
        var contributors = 0
        var reports = 0
        var largest = 0
        var headcount = 0
        var byLayer: [Int] = []
        var totals: [String: Double] = [:]
        for (index, person) in people.enumerated() {
            let span = tree.span[index]
            if span > 0 {
                managers += 1
                reports += span
                largest = max(largest, span)
                buckets[SpanBucket(span: span), default: 0] += 1
                if span < 3 { narrow.append(person.id) }
            } else if !person.vacant {
                contributors += 1
            }
            let layer = tree.layer[index]
            while byLayer.count < layer { byLayer.append(0) }
            if !person.vacant {
                headcount += 1
                byLayer[layer - 1] += 1
            }
            for (key, value) in person.measures { totals[key, default: 0] += value }
        }
        totals[MeasureDefinition.headcount.key] = Double(headcount)
        totals[MeasureDefinition.vacancies.key] = Double(people.count - headcount)
        self.init(
            headcount: headcount, vacancies: people.count - headcount, managers: managers,
            individualContributors: contributors, layers: byLayer.count, headcountByLayer: byLayer,
            averageSpan: managers == 0 ? 0 : Double(reports) / Double(managers), largestSpan: largest,
            spanBuckets: buckets, narrowSpanManagers: narrow, totals: totals)
    }
}
