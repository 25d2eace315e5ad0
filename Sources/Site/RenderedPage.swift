import Diagnostics
import Markdown
import OrgModel
import Reports
import Search

/// A page's Markdown rendered once, with what later passes need: headings, links, anchors,
/// diagram warnings and the data files its diagrams read.
///
/// Made once and then only read, by every later pass and on every core: an immutable
/// object, so a look-up in the site's table of renders retains one object rather than each
/// of its strings, arrays and sets. A 10,000-page build looked renders up about 76,000
/// times, and those retains were 1.2 % of its time when this was a struct.
final class RenderedPage: Sendable {
    let markdown: RenderedMarkdown
    let warnings: [Diagnostic]
    /// Absolute paths of data files read by the page's diagrams.
    let dependencies: Set<String>
    /// For a report bundle's page: the report, rendered (see `ReportPages`).
    let report: RenderedReport?
    /// What the page's charts mark `private:`, which no output may hold.
    let privateValues: PrivateValues
    /// The page's text for search, recorded as its HTML was written; nil when it was not
    /// (the search index then reads it from `markdown.html`).
    let searchText: SearchTextExtractor.Extracted?

    init(
        markdown: RenderedMarkdown, warnings: [Diagnostic], dependencies: Set<String>, report: RenderedReport? = nil,
        privateValues: PrivateValues = PrivateValues(), searchText: SearchTextExtractor.Extracted? = nil
    ) {
        self.markdown = markdown
        self.warnings = warnings
        self.dependencies = dependencies
        self.report = report
        self.privateValues = privateValues
        self.searchText = searchText
    }

    static let empty = RenderedPage(
        markdown: RenderedMarkdown(html: "", headings: [], links: [], anchors: [], fenceKinds: []),
        warnings: [], dependencies: [])
}
