import Diagnostics
import Foundation
import Markdown
import OrgModel
import Rendering
import ReportModel
import Reports
import SiteContent
import SiteFiles
import Templates
import Typesetting

/// How the site build treats report bundles: a folder holding `report.yaml` is one page at
/// the folder's URL (layout `report`), its Markdown files are sections of that page rather
/// than pages of their own, and the `reports-index` layout lists every report.
enum ReportPages {
    static let layout = "report"
    static let indexLayout = "reports-index"

    /// True for a content-relative `…/report.yaml` (a bundle needs a folder of its own).
    static func isReportFile(_ path: String) -> Bool {
        path.hasSuffix("/" + ReportLoader.fileName)
    }

    static func isReport(_ page: Page) -> Bool { !page.isGenerated && isReportFile(page.sourcePath) }

    /// Takes the Markdown files inside report bundles out of the page list: they are read
    /// by the report as its sections.
    static func setAsideSections(_ inventory: inout ContentInventory) {
        let folders = inventory.bundleFiles.filter(isReportFile).map { String($0.dropLast(ReportLoader.fileName.count)) }
        guard !folders.isEmpty else { return }
        inventory.markdownFiles.removeAll { file in folders.contains { file.hasPrefix($0) } }
    }

    /// Adds a page for every report bundle; its title comes from the report when rendered.
    static func addPages(to pages: inout [String: Page], inventory: ContentInventory, contentDirectory: URL) {
        for file in inventory.bundleFiles where isReportFile(file) {
            let folder = String(file.dropLast(ReportLoader.fileName.count + 1))
            var frontMatter = FrontMatter()
            frontMatter.template = layout
            pages[file] = Page(
                sourcePath: file, displayPath: SourceFile.displayPath(for: contentDirectory.appendingPathComponent(file)),
                urlPath: folder + "/", sectionPath: folder, isSectionIndex: true, isGenerated: false,
                frontMatter: frontMatter, body: "", bodyLineOffset: 0)
        }
    }

    /// Loads, validates and renders the report behind `page`, with the page's link
    /// rewriting and diagram fences, so its links and anchors are checked like any page's.
    static func render(_ page: Page, stage: MarkdownStage) throws(DiagnosticError) -> RenderedPage {
        let loaded: LoadedReport
        do { loaded = try ReportLoader.load(file: page.displayPath) } catch {
            throw DiagnosticError(error, at: SourceLocation(path: page.displayPath, line: 1), context: "cannot read the report")
        }
        let targets = stage.targets
        let directory = page.sourceDirectory
        let urlPath = page.urlPath
        let rewriter: @Sendable (String) -> String? = { destination in
            targets.rewrite(destination, fromSourceDirectory: directory, fromURLPath: urlPath)
        }
        let baseDirectory = stage.contentDirectory.appendingPathComponent(directory).standardizedFileURL.path
        let diagrams = DiagramFenceRenderer(
            cache: stage.cache, cancellation: stage.cancellation, baseDirectory: baseDirectory, pageURL: urlPath,
            offline: targets.offline, linkRewriter: rewriter)
        let reportFont = stage.brand.overridden(by: loaded.report.brand).fontFile
        let font = reportFont == stage.brand.fontFile ? stage.diagramFont : reportFont.map(DiagramFont.init)
        diagrams.font = font
        var options = MarkdownOptions()
        options.allowsRawHTML = stage.rawHTML
        options.fenceRenderers = diagrams.registrations
        options.linkRewriter = rewriter
        let rendered = try DiagramFont.drawing(with: font) { () throws(DiagnosticError) in
            try ReportRenderer(markdown: options).render(loaded.report)
        }

        let title = Heading(
            level: 1, text: loaded.report.client, id: "report-title",
            location: SourceLocation(path: page.displayPath, line: 1))
        // The page's own HTML is its texts, for whatever reads page content (search);
        // the layout draws the report from `report`.
        let texts = ([rendered.summary] + rendered.findingDetails + rendered.recommendationDetails + rendered.sections.map(\.html))
        let markdown = RenderedMarkdown(
            html: texts.joined(separator: "\n"), headings: [title] + rendered.markdown.flatMap(\.headings),
            links: rendered.markdown.flatMap(\.links) + dataLinks(of: loaded.report, at: title.location),
            anchors: rendered.anchors,
            fenceKinds: rendered.markdown.reduce(into: Set<String>()) { $0.formUnion($1.fenceKinds) })
        let files = loaded.dependencies.map { OutputSafety.canonical(URL(fileURLWithPath: $0)) }
        var privateValues = loaded.report.privateValues
        privateValues.formUnion(diagrams.privateValues)
        return RenderedPage(
            markdown: markdown, warnings: loaded.warnings + diagrams.warnings,
            dependencies: diagrams.dependencies.union(files), report: rendered, privateValues: privateValues)
    }

    /// Adds `report` to a report page's layout values, and `reports` (newest first) with
    /// `hasReports` to a page laid out with `reports-index`.
    static func addValues(to context: inout TemplateObject, for page: Page, rendered: RenderedPage, stage: TemplateStage) {
        if let report = rendered.report { context["report"] = report.mustacheValue(siteBrand: stage.settings.brand) }
        guard TemplateStage.templateName(for: page, in: stage.templates) == indexLayout else { return }
        let reports = stage.renders.compactMap { path, render in render.report.flatMap { report in stage.pages[path].map { (report, $0) } }
        }
        .sorted { ($0.0.report.date, $0.0.report.client) > ($1.0.report.date, $1.0.report.client) }
        context["reports"] = .list(
            reports.map { report, target -> TemplateValue in
                .object([
                    "client": .text(report.report.client), "sector": .text(report.report.sector),
                    "date": .text(report.report.date.longForm), "dateISO": .text(report.report.date.description),
                    "archetype": .text(report.report.archetype.archetype), "url": .text(stage.href(from: page, to: target)),
                ])
            })
        context["hasReports"] = .bool(!reports.isEmpty)
    }

    /// The links a report writes from its data — the tree's outcomes (re-based on the
    /// report's folder; they include the recommended model's page) and the maturity page —
    /// checked like the links in its Markdown.
    static func dataLinks(of report: Report, at fallback: SourceLocation) -> [LinkReference] {
        var links = DataLinks.references(in: report.decisionTree, fallback: fallback)
        if let link = report.maturity.link { links.append(DataLinks.reference(link, at: report.maturity.linkLocation ?? fallback)) }
        return links
    }
}
