/// One page of an org chart drawn in parts: the overview, or the chart of one branch.
/// Pure data for every writer (SVG pages, PDF, slides): geometry, where the page sits,
/// and what links where. Page ids are safe as file names.
public struct ChartPage: Hashable, Sendable {
    /// `overview`, or a name made from the branch head's unit id.
    public var id: String
    /// The head unit's name ("Claims"), or the chart's title for the overview.
    public var title: String
    /// Where the page sits, from the chart's head down to this page's head
    /// ("Group › Operations › Claims"), each step with the page that shows it.
    public var breadcrumb: [Crumb]
    /// The page one level up (nil for the overview, or for an unsplit chart).
    public var parentPageID: String?
    /// Boxes and edges; node `i` is described by `nodes[i]`.
    public var geometry: TreeGeometry
    public var nodes: [PageNode]
    /// The pages of one manager whose reports did not fit one page, in order (this page
    /// among them); empty for every other page.
    public var parts: [String]
    /// Dotted lines whose other end is drawn on another page.
    public var stubs: [DottedStub]
    /// False when the page could not be brought within the budget (a manager with more
    /// direct reports than one page holds).
    public var fitsBudget: Bool

    /// One step of a breadcrumb.
    public struct Crumb: Hashable, Sendable {
        public var title: String
        public var pageID: String
    }

    /// The breadcrumb as one line of text, steps joined by " › ".
    public var breadcrumbText: String { breadcrumb.map(\.title).joined(separator: " › ") }
}

/// What one box of a page stands for.
public struct PageNode: Hashable, Sendable {
    /// Index of the unit in `OrgChart.units`.
    public var unit: Int
    /// Nil for a unit drawn here; for a collapsed branch, the page that draws it (and for
    /// a manager repeated at the top of a later part, the page that draws it).
    public var branchPageID: String?
    /// Units in the branch, its head included (collapsed branches only).
    public var branchUnits: Int

    public var isBranch: Bool { branchPageID != nil }
}

/// A dotted line to or from a unit drawn on another page: a short dashed stub leaving the
/// box, whose label (a line inside the box) names the other unit.
public struct DottedStub: Hashable, Sendable {
    /// The node (in `ChartPage.nodes`) the stub leaves.
    public var node: Int
    /// Index in `OrgChart.units` of the unit at the other end.
    public var partner: Int
    /// True when the partner is the dotted-line manager; false when it reports dotted.
    public var partnerIsManager: Bool
    /// The page that draws the partner.
    public var partnerPageID: String
    public var points: [Point]
}
