import Diagnostics
import Foundation
import Markdown
import OrgModel
import Parallel
import Rendering
import ReportModel
import SiteContent
import Typesetting

/// Renders the Markdown of pages: link rewriting, diagram fences, raw HTML setting.
/// Read-only once made, so pages render in parallel through one instance.
struct MarkdownStage: Sendable {
    var targets: LinkTargets
    var contentDirectory: URL
    var rawHTML: Bool
    var cache: DiagramCache
    /// Checked before each diagram is drawn.
    var cancellation: BuildCancellation
    /// The content folder's standardized path, worked out once rather than per page.
    let contentPath: String
    /// The site's `brand:`, which report pages lay their own over.
    let brand: Brand
    /// The brand's `.ttf` as the diagrams measure it, made once rather than per page.
    let diagramFont: DiagramFont?

    init(
        targets: LinkTargets, contentDirectory: URL, rawHTML: Bool, cache: DiagramCache, brand: Brand = Brand(),
        cancellation: BuildCancellation = BuildCancellation()
    ) {
        self.cancellation = cancellation
        self.targets = targets
        self.contentDirectory = contentDirectory
        self.rawHTML = rawHTML
        self.cache = cache
        contentPath = contentDirectory.standardizedFileURL.path
        self.brand = brand
        diagramFont = brand.fontFile.map(DiagramFont.init)
    }

    func render(_ page: Page) throws(DiagnosticError) -> RenderedPage {
        if page.isGenerated { return .empty }
        if ReportPages.isReport(page) { return try ReportPages.render(page, stage: self) }
        let targets = self.targets
        let directory = page.sourceDirectory
        let urlPath = page.urlPath
        let rewriter: @Sendable (String) -> String? = { destination in
            targets.rewrite(destination, fromSourceDirectory: directory, fromURLPath: urlPath)
        }
        // Page folders come from the content listing: no `.`, `..` or `//` to resolve.
        let baseDirectory = directory.isEmpty ? contentPath : (contentPath.hasSuffix("/") ? contentPath : contentPath + "/") + directory
        let diagrams = DiagramFenceRenderer(
            cache: cache, cancellation: cancellation, baseDirectory: baseDirectory, pageURL: urlPath,
            offline: targets.offline, linkRewriter: rewriter)
        diagrams.font = diagramFont
        var options = MarkdownOptions()
        options.allowsRawHTML = rawHTML
        options.fenceRenderers = diagrams.registrations
        options.linkRewriter = rewriter
        options.sourcePath = page.displayPath
        options.lineOffset = page.bodyLineOffset
        let searchText = SearchTextRecorder()
        options.textObserver = searchText
        do {
            var markdown = try MarkdownRenderer.render(page.body, options: options)
            markdown.links += diagrams.links
            let misspelt = DiagramFenceRenderer.misspeltKinds(markdown.otherFences)
            return RenderedPage(
                markdown: markdown, warnings: diagrams.warnings + misspelt, dependencies: diagrams.dependencies,
                privateValues: diagrams.privateValues, searchText: searchText.extracted(pageHTML: markdown.html))
        } catch {
            throw DiagnosticError(error, at: SourceLocation(path: page.displayPath, line: 1), context: "cannot render the page")
        }
    }
}
