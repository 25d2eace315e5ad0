import Diagnostics
import OrgModel

/// Where `OrgChartBuilder` reports the ways rows fail to form a tree: straight to the load
/// context for units, or reworded for people.
protocol TreeProblemSink {
    func report(_ problem: OrgChartError, at location: SourceLocation?)
    var errorCount: Int { get }
}

extension LoadContext: TreeProblemSink {
    public func report(_ problem: OrgChartError, at location: SourceLocation?) {
        append(problem.diagnostic(at: location))
    }
}

/// Rewords tree problems for people (manager, not parent); an empty name is a vacant
/// position, so it is no problem at all.
struct PeopleWording: TreeProblemSink {
    let context: LoadContext
    init(_ context: LoadContext) { self.context = context }

    public func report(_ problem: OrgChartError, at location: SourceLocation?) {
        if let reworded = PeopleError(problem) { context.report(reworded, at: location) }
    }

    public var errorCount: Int { context.errorCount }
}
