import Diagnostics
import Diagrams
import Foundation
import Markdown
import OrgModel
import Rendering
import ReportModel

/// Renders a loaded report's texts and diagrams. Used by the site build (links become
/// site URLs) and by `orgbook export` (everything self-contained).
package struct ReportRenderer: Sendable {
    /// Settings for the report's Markdown (summary, details, sections): fence renderers,
    /// raw HTML and a link rewriter for links written relative to the bundle's folder.
    var markdown: MarkdownOptions
    /// Rewrites a link written relative to the bundle's folder (the archetype's playbook
    /// page, the maturity page) to a URL; nil keeps it. Defaults to `markdown`'s.
    var linkRewriter: (@Sendable (String) -> String?)?
    /// For a single-file export: the archetype and maturity pages are not linked and the
    /// tree's outcome links are dropped, since those pages are not in the file.
    var selfContained: Bool

    package init(
        markdown: MarkdownOptions = MarkdownOptions(), linkRewriter: (@Sendable (String) -> String?)? = nil,
        selfContained: Bool = false
    ) {
        self.markdown = markdown
        self.linkRewriter = linkRewriter ?? markdown.linkRewriter
        self.selfContained = selfContained
    }

    /// Renders every text and draws every diagram; Markdown errors (a broken diagram fence
    /// in a section) are thrown together.
    package func render(_ report: Report) throws(DiagnosticError) -> RenderedReport {
        var problems: [Diagnostic] = []
        var parts: [RenderedMarkdown] = []
        func html(_ text: String, from path: String, lineOffset: Int = 0) -> String {
            do throws(DiagnosticError) {
                let rendered = try renderMarkdown(text, from: path, lineOffset: lineOffset)
                parts.append(rendered)
                return Self.demotingHeadings(rendered.html)
            } catch {
                problems += error.diagnostics
                return ""
            }
        }
        let summary = html(report.summary, from: report.path)
        let findings = report.findings.map { html($0.detail, from: report.path) }
        let recommendations = report.recommendations.map { html($0.detail, from: report.path) }
        // Section files may start with front matter (title, weight), like pages.
        let prepared: [PreparedReportSection]
        do { prepared = try PreparedReportSection.prepare(report.sections) } catch {
            problems += error.diagnostics
            prepared = []
        }
        let sections = prepared.enumerated().map { index, section in
            RenderedReport.Section(
                id: "report-section-\(index + 1)", title: section.title,
                html: html(section.body, from: section.path, lineOffset: section.bodyLineOffset))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }

        let tree = selfContained ? report.decisionTree.mapOutcomeLinks { _ in nil } : report.decisionTree
        var rendered = RenderedReport(
            report: report, summary: summary, findingDetails: findings, recommendationDetails: recommendations,
            sections: sections, tree: diagram(.decisionTree(tree), prefix: "tree"),
            orgDiff: diagram(.orgDiff(report.orgDiff), prefix: "orgdiff"),
            ownership: diagram(.ownershipMatrix(report.ownership), prefix: "ownership"),
            archetypeURL: url(report.archetype.link), maturityURL: url(report.maturity.link), markdown: parts)
        var options = DiagramOptions()
        options.idPrefix = "workload"
        rendered.workload = DiagramRenderer.renderWorkload(report.ownership, options: options).html
        let changes = report.ownershipChanges
        if !changes.accountableFlows.isEmpty {
            options.idPrefix = "transfers"
            rendered.transfers =
                DiagramRenderer.renderTransfers(
                    changes, title: "Who answers for the tasks that change hands",
                    options: options
                ).html
        }
        return rendered
    }

    private func url(_ link: String?) -> String? {
        guard !selfContained, let link else { return nil }
        return linkRewriter?(link) ?? link
    }

    private func diagram(_ document: OrgDocument, prefix: String) -> String {
        var options = DiagramOptions()
        options.idPrefix = prefix
        options.linkRewriter = linkRewriter
        return DiagramRenderer.render(document, options: options).html
    }

    private func renderMarkdown(_ text: String, from path: String, lineOffset: Int) throws(DiagnosticError) -> RenderedMarkdown {
        var options = markdown
        options.sourcePath = path
        options.lineOffset = lineOffset
        do {
            return try MarkdownRenderer.render(text, options: options)
        } catch {
            throw DiagnosticError(error, at: SourceLocation(path: path, line: 1), context: "cannot render Markdown")
        }
    }

    /// The report page owns the `<h1>` (the client), so headings written in the texts move
    /// one level down: `<h1>`…`<h5>` become `<h2>`…`<h6>` (deepest first, so each moves once).
    static func demotingHeadings(_ html: String) -> String {
        var result = html
        for level in stride(from: 5, through: 1, by: -1) {
            result = result.replacingOccurrences(of: "<h\(level)", with: "<h\(level + 1)")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(level + 1)>")
        }
        return result
    }
}
