import Diagnostics
import Diagrams
import Foundation
import Markdown
import OrgModel

/// Turns a loaded report into the values `report.mustache` shows under `report`: texts as
/// HTML, the diagrams drawn, the maturity path as a list of stages. Used by the site build
/// (links become site URLs) and by `orgbook export` (everything self-contained).
struct ReportRenderer: Sendable {
    /// Settings for the report's Markdown (summary, details, sections): fence renderers,
    /// raw HTML and a link rewriter for links written relative to the bundle's folder.
    var markdown: MarkdownOptions
    /// Rewrites a link written relative to the bundle's folder (the archetype's playbook
    /// page, the maturity page) to a URL; nil drops the link. Defaults to `markdown`'s.
    var linkRewriter: (@Sendable (String) -> String?)?
    /// For a single-file export: outcome links are dropped from the tree, which would
    /// otherwise point at playbook pages that are not in the file.
    var selfContained: Bool

    init(markdown: MarkdownOptions = MarkdownOptions(), linkRewriter: (@Sendable (String) -> String?)? = nil,
         selfContained: Bool = false) {
        self.markdown = markdown
        self.linkRewriter = linkRewriter ?? markdown.linkRewriter
        self.selfContained = selfContained
    }

    /// The `report` value of the template context. Markdown errors (a broken diagram
    /// fence in a section) are thrown together.
    func values(for report: Report) throws(DiagnosticError) -> [String: Any] {
        var problems: [Diagnostic] = []
        func html(_ text: String, from path: String, demote: Bool) -> String {
            do throws(DiagnosticError) { return try markdownHTML(text, from: path, demoteHeadings: demote) } catch {
                problems += error.diagnostics
                return ""
            }
        }
        let summary = html(report.summary, from: report.path, demote: true)
        let findings = items(report.findings, prefix: "finding", path: report.path, html: html)
        let recommendations = items(report.recommendations, prefix: "recommendation", path: report.path, html: html)
        let sections: [[String: Any]] = report.sections.enumerated().map { index, section in
            ["id": "report-section-\(index + 1)", "title": section.title,
             "html": html(section.text, from: section.path, demote: true)]
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }

        let archetype = report.archetype
        let archetypeURL = selfContained ? nil : archetype.link.flatMap { link in linkRewriter.map { $0(link) } ?? link }
        let changes = Dictionary(grouping: report.orgDiff.changes, by: \.kind).mapValues(\.count)
        return [
            "client": report.client,
            "slug": report.slug,
            "sector": report.sector,
            "date": report.date.longForm,
            "dateISO": report.date.description,
            "authors": report.authors.joined(separator: ", "),
            "severalAuthors": report.authors.count > 1,
            "summary": summary,
            "archetype": [
                "name": archetype.archetype,
                "description": archetype.description ?? "",
                "url": archetypeURL ?? "",
                "hasURL": archetypeURL != nil,
            ] as [String: Any],
            "answers": report.decisionTree.path.enumerated().map { ["number": $0.offset + 1, "answer": $0.element] as [String: Any] },
            "tree": diagram(.decisionTree(selfContained ? report.decisionTree.mapOutcomeLinks { _ in nil } : report.decisionTree),
                            prefix: "tree"),
            "maturity": maturityValues(report.maturity),
            "orgDiff": diagram(.orgDiff(report.orgDiff), prefix: "orgdiff"),
            "orgCounts": [
                "before": report.current.units.count, "after": report.target.units.count,
                "moved": changes[.moved] ?? 0, "added": changes[.added] ?? 0, "removed": changes[.removed] ?? 0,
                "renamed": report.orgDiff.changes.filter(\.renamed).count,
                "layersBefore": report.orgDiff.beforeMetrics.layers, "layersAfter": report.orgDiff.afterMetrics.layers,
            ] as [String: Any],
            "ownership": diagram(.ownershipMatrix(report.ownership), prefix: "ownership"),
            "findings": findings,
            "hasFindings": !findings.isEmpty,
            "recommendations": recommendations,
            "hasRecommendations": !recommendations.isEmpty,
            "sections": sections,
            "hasSections": !sections.isEmpty,
            "pageCSS": ReportPrintStyle.pageRules(client: report.client, date: report.date.longForm),
        ]
    }

    private func diagram(_ document: OrgDocument, prefix: String) -> String {
        var options = DiagramOptions()
        options.idPrefix = prefix
        options.linkRewriter = linkRewriter
        return DiagramRenderer.render(document, options: options).html
    }

    private func items(_ items: [ReportItem], prefix: String, path: String,
                       html: (String, String, Bool) -> String) -> [[String: Any]] {
        items.enumerated().map { index, item in
            [
                "id": "\(prefix)-\(index + 1)",
                "number": index + 1,
                "title": item.title,
                "detail": html(item.detail, path, true),
                "priority": item.priority?.rawValue ?? "",
                "hasPriority": item.priority != nil,
                "priorityLabel": item.priority.map { "\($0.rawValue.prefix(1).uppercased())\($0.rawValue.dropFirst()) priority" } ?? "",
            ]
        }
    }

    /// Every stage in order with its state; the state is spelt out in text (`Today`,
    /// `Target`, `Reached`) so it never rests on colour.
    private func maturityValues(_ maturity: ReportMaturity) -> [String: Any] {
        let url = selfContained ? nil : maturity.link.flatMap { link in linkRewriter.map { $0(link) } ?? link }
        let stages: [[String: Any]] = maturity.stages.enumerated().map { index, stage in
            let isCurrent = index == maturity.current, isTarget = index == maturity.target
            var state = index < maturity.current ? "reached" : "ahead"
            if isCurrent { state = "current" }
            if isTarget && !isCurrent { state = "target" }
            let marks = [isCurrent ? "Today" : nil, isTarget ? "Target" : nil].compactMap { $0 }
            return [
                "number": index + 1, "name": stage.name, "description": stage.description ?? "",
                "hasDescription": stage.description != nil, "state": state,
                "isCurrent": isCurrent, "isTarget": isTarget, "isReached": index < maturity.current,
                "isBetween": maturity.target.map { index > maturity.current && index < $0 } ?? false,
                "marks": marks.joined(separator: " and "), "hasMarks": !marks.isEmpty,
            ]
        }
        return [
            "stages": stages,
            "count": stages.count,
            "current": maturity.currentStage.name,
            "target": maturity.targetStage?.name ?? "",
            "hasTarget": maturity.target != nil,
            "url": url ?? "",
            "hasURL": url != nil,
        ]
    }
}
