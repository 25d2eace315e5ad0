import Diagnostics
import Markdown
import OrgModel
import Reports
import Search

/// A page's Markdown rendered once, with what later passes need: headings, links, anchors,
/// diagram warnings and the data files its diagrams read.
///
/// Made once and then only read, by every later pass and on every core: its fields live
/// in one shared, immutable object, so a copy (a look-up in the site's table of renders)
/// retains one object rather than each of its strings, arrays and sets. A 10,000-page
/// build copied renders about 76,000 times, and those retains were 1.2 % of its time.
struct RenderedPage: Sendable {
    private let fields: Fields

    init(
        markdown: RenderedMarkdown, warnings: [Diagnostic], dependencies: Set<String>, report: RenderedReport? = nil,
        privateValues: PrivateValues = PrivateValues(), searchText: SearchTextExtractor.Extracted? = nil
    ) {
        fields = Fields(
            markdown: markdown, warnings: warnings, dependencies: dependencies, report: report, privateValues: privateValues,
            searchText: searchText)
    }

    var markdown: RenderedMarkdown { fields.markdown }
    var warnings: [Diagnostic] { fields.warnings }
    /// Absolute paths of data files read by the page's diagrams.
    var dependencies: Set<String> { fields.dependencies }
    /// For a report bundle's page: the report, rendered (see `ReportPages`).
    var report: RenderedReport? { fields.report }
    /// What the page's charts mark `private:`, which no output may hold.
    var privateValues: PrivateValues { fields.privateValues }
    /// The page's text for search, recorded as its HTML was written; nil when it was not
    /// (the search index then reads it from `markdown.html`).
    var searchText: SearchTextExtractor.Extracted? { fields.searchText }

    private final class Fields: Sendable {
        let markdown: RenderedMarkdown
        let warnings: [Diagnostic]
        let dependencies: Set<String>
        let report: RenderedReport?
        let privateValues: PrivateValues
        let searchText: SearchTextExtractor.Extracted?

        init(
            markdown: RenderedMarkdown, warnings: [Diagnostic], dependencies: Set<String>, report: RenderedReport?,
            privateValues: PrivateValues, searchText: SearchTextExtractor.Extracted?
        ) {
            self.markdown = markdown
            self.warnings = warnings
            self.dependencies = dependencies
            self.report = report
            self.privateValues = privateValues
            self.searchText = searchText
        }
    }

    static let empty = RenderedPage(
        markdown: RenderedMarkdown(html: "", headings: [], links: [], anchors: [], fenceKinds: []),
        warnings: [], dependencies: [])
}
