import Markdown
import OrgModel
import Rendering
import ReportModel

/// A report with its texts rendered to HTML and its diagrams drawn, kept with the page so
/// the layout step only turns it into template values.
package struct RenderedReport: Sendable {
    package struct Section: Sendable {
        var id: String
        var title: String
        package var html: String
    }

    package var report: Report
    package var summary: String
    package var findingDetails: [String]
    package var recommendationDetails: [String]
    package var sections: [Section]
    var tree: String
    var orgDiff: String
    var ownership: String
    /// The target matrix's workload per column (bars; columns over a limit marked).
    var workload: String = ""
    /// Where accountability moves between today's owners and the target's; "" when none does.
    var transfers: String = ""
    /// The archetype's playbook page and the maturity page as URLs; nil when not linked.
    var archetypeURL: String?
    var maturityURL: String?
    /// Every Markdown text as rendered, for the links, anchors and headings it holds.
    package var markdown: [RenderedMarkdown]

    /// The ids the report layout gives its own headings, for `#anchor` links.
    static let layoutAnchors: Set<String> = [
        "report-summary", "report-model", "report-maturity", "report-organisation", "report-ownership",
        "report-findings", "report-recommendations",
    ]

    /// The report's parts in reading order, as the contents list names them: the fixed
    /// parts, findings and recommendations when there are any, then the extra sections.
    var contents: [(id: String, title: String)] {
        var entries = [
            ("report-summary", "Summary"), ("report-model", "Which model fits"), ("report-maturity", "Maturity"),
            ("report-organisation", "Today's and the target organisation"), ("report-ownership", "Who owns what"),
        ]
        if !report.findings.isEmpty { entries.append(("report-findings", "Findings")) }
        if !report.recommendations.isEmpty { entries.append(("report-recommendations", "Recommendations")) }
        return entries + sections.map { ($0.id, $0.title) }
    }

    /// Every id an `#anchor` may target on the report page.
    package var anchors: Set<String> {
        var ids = Self.layoutAnchors
        for index in sections.indices { ids.insert(sections[index].id) }
        for index in report.findings.indices { ids.insert("finding-\(index + 1)") }
        for index in report.recommendations.indices { ids.insert("recommendation-\(index + 1)") }
        for part in markdown { ids.formUnion(part.anchors) }
        return ids
    }
}
