import Diagnostics
import Markdown
import OrgModel
import Reports
import Search

/// A page's Markdown rendered once, with what later passes need: headings, links, anchors,
/// diagram warnings and the data files its diagrams read.
struct RenderedPage: Sendable {
    var markdown: RenderedMarkdown
    var warnings: [Diagnostic]
    /// Absolute paths of data files read by the page's diagrams.
    var dependencies: Set<String>
    /// For a report bundle's page: the report, rendered (see `ReportPages`).
    var report: RenderedReport? = nil
    /// What the page's charts mark `private:`, which no output may hold.
    var privateValues = PrivateValues()
    /// The page's text for search, recorded as its HTML was written; nil when it was not
    /// (the search index then reads it from `markdown.html`).
    var searchText: SearchTextExtractor.Extracted? = nil

    static let empty = RenderedPage(
        markdown: RenderedMarkdown(html: "", headings: [], links: [], anchors: [], fenceKinds: []),
        warnings: [], dependencies: [])
}
