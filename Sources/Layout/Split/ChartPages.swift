import OrgModel

/// An org chart as the pages it is drawn on: the whole chart on one page when it fits
/// (or splitting is off), else an overview of the top layers, each collapsed branch one
/// box with its unit count, plus one page per branch, recursively, each within the budget.
/// Every unit is drawn as a unit on exactly one page. Geometry only: the SVG, PDF and
/// slide writers all draw from it.
public struct ChartPages: Hashable, Sendable {
    /// The overview (or the whole chart) first, then branch pages depth first.
    public var pages: [ChartPage]

    public var isSplit: Bool { pages.count > 1 }

    /// Room a drawn page adds around the geometry: margins, and the breadcrumb line.
    public static let horizontalChrome: Double = 24
    public static let verticalChrome: Double = 24 + 30
    /// Height the dotted-line legend adds below a drawing that has dotted lines.
    public static let dottedLegendHeight: Double = 26

    /// The pages of `chart`; `split` overrides the chart's own `split:`.
    public static func make(_ chart: OrgChart, split: ChartSplit? = nil, budget: PageBudget = .a4Landscape()) -> ChartPages {
        var planner = SplitPlanner(chart: chart, budget: budget)
        return ChartPages(pages: planner.pages(split: split ?? chart.split))
    }

    /// The size of `chart` drawn whole, when `make(chart)` would draw it on one page because
    /// it fits the budget; nil when it would not (too large, or the chart sets its own
    /// `split:`). Measured without laying out the page or routing its dotted lines: most
    /// charts fit, and a caller that only asks is spared the rest of `make`.
    public static func wholeBounds(_ chart: OrgChart, budget: PageBudget = .a4Landscape()) -> Rect? {
        guard chart.split == .auto else { return nil }
        return SplitPlanner(chart: chart, budget: budget).wholeBounds()
    }
}
