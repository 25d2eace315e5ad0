import Diagnostics
import OrgData
import OrgModel

/// A client organisation report: a bundle `reports/<client>/` whose `report.yaml` names the
/// client, walks the archetype decision tree with the client's answers, compares today's
/// org chart with the target one, and lists ownership, maturity, findings and
/// recommendations. Every file it refers to is loaded and validated.
public struct Report: Sendable, Hashable {
    /// The `report.yaml` file, as given to the loader.
    public var path: String
    /// The bundle's folder name: the last part of the report's URL (`reports/<slug>/`).
    public var slug: String
    public var client: String
    public var sector: String
    public var date: ReportDate
    public var authors: [String]
    /// The playbook's decision tree with `path` set to the client's answers, and outcome
    /// links rewritten to be relative to the report's folder (so a page rendered from the
    /// bundle resolves them like its own links).
    public var decisionTree: DecisionTree
    /// The tree file named by `decision-tree:`, resolved against the report's folder.
    public var decisionTreeFile: String
    /// Where the client's answers lead: the archetype or model the report recommends.
    public var archetype: DecisionOutcome
    public var current: OrgChart
    public var target: OrgChart
    /// Today's chart compared with the target, with metrics for both.
    public var orgDiff: OrgDiff
    /// The target's ownership matrix (`ownership:`, or `ownership: {target:}`).
    public var ownership: OwnershipMatrix
    /// Today's ownership matrix (`ownership: {current:}`); nil when one matrix serves both.
    public var currentOwnership: OwnershipMatrix?
    public var maturity: ReportMaturity
    /// Markdown.
    public var summary: String
    public var findings: [ReportItem]
    public var recommendations: [ReportItem]
    /// Extra Markdown sections, in reading order.
    public var sections: [ReportSection]
    /// The client's `brand:` overrides (empty when the report has none); writers lay it
    /// over the site's brand.
    public var brand = Brand()

    public init(
        path: String, slug: String, client: String, sector: String, date: ReportDate, authors: [String],
        decisionTree: DecisionTree, decisionTreeFile: String, archetype: DecisionOutcome,
        current: OrgChart, target: OrgChart, orgDiff: OrgDiff, ownership: OwnershipMatrix,
        maturity: ReportMaturity, summary: String, findings: [ReportItem], recommendations: [ReportItem],
        sections: [ReportSection]
    ) {
        self.path = path
        self.slug = slug
        self.client = client
        self.sector = sector
        self.date = date
        self.authors = authors
        self.decisionTree = decisionTree
        self.decisionTreeFile = decisionTreeFile
        self.archetype = archetype
        self.current = current
        self.target = target
        self.orgDiff = orgDiff
        self.ownership = ownership
        self.maturity = maturity
        self.summary = summary
        self.findings = findings
        self.recommendations = recommendations
        self.sections = sections
    }

    /// Which tasks change hands between today's org and the target, and which lose their
    /// accountable or responsible unit.
    public var ownershipChanges: OwnershipChanges {
        OwnershipChanges(current: currentOwnership, target: ownership, before: current, after: target)
    }

    /// The folder holding `report.yaml` ("" for the current folder).
    public var directory: String { FilePath.directory(of: path) }
}
