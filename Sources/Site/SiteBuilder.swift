import Diagnostics
import Foundation
import Parallel
import Rendering
import Search

/// Where a build reads and writes, and how.
public struct BuildConfiguration: Sendable, Hashable {
    public var contentDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    /// Links name `index.html` explicitly so the site browses from `file://`.
    public var offline: Bool
    /// Include pages whose front matter says `draft: true`.
    public var includeDrafts: Bool
    /// Replace an output folder that holds files Orgbook did not write (`--force`).
    public var replacesForeignOutput: Bool
    /// Content-relative folders left out of the build, as if absent (`export` uses it to
    /// keep other clients' reports out of a bundle).
    public var excludedFolders: [String] = []

    public init(
        contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL,
        offline: Bool = false, includeDrafts: Bool = false, replacesForeignOutput: Bool = false
    ) {
        self.replacesForeignOutput = replacesForeignOutput
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.offline = offline
        self.includeDrafts = includeDrafts
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var pageCount: Int
    /// Output files written (unchanged outputs are skipped).
    public var filesWritten: Int
    public var duration: Duration
    public var warnings: [Diagnostic]
    /// Site-relative paths of outputs that changed (e.g. `guide/setup/index.html`).
    public var changedOutputs: [String]

    public init(pageCount: Int, filesWritten: Int, duration: Duration, warnings: [Diagnostic], changedOutputs: [String]) {
        self.pageCount = pageCount
        self.filesWritten = filesWritten
        self.duration = duration
        self.warnings = warnings
        self.changedOutputs = changedOutputs
    }
}

/// Builds a site. Keeps what it loaded (templates, parsed pages) so that `rebuild` after a
/// change redoes only what the change needs. Errors are thrown as `DiagnosticError` and
/// leave the previous output untouched.
///
/// Thread-safe: builds run one at a time.
public final class SiteBuilder: @unchecked Sendable {
    public let configuration: BuildConfiguration
    /// Serialises builds; `state` is only touched while holding it.
    let lock = NSLock()
    /// What the last successful build loaded and made.
    var state: SiteState?
    /// Drawn diagrams, kept across rebuilds.
    let diagramCache = DiagramCache()

    public init(configuration: BuildConfiguration) {
        self.configuration = configuration
    }

    /// Pages' searchable text, kept across rebuilds.
    let searchTextCache = SearchTextCache()
    /// A deferring rebuild left the search index out of date.
    var searchIndexIsStale = false
    /// Keep each page's Markdown once rendered, so a rebuild can render pages again without
    /// reading them. A one-off build (`orgbook build`) turns it off: the sources of a big
    /// site are a large share of its peak memory. Without them a rebuild is a full build.
    /// Drawn diagrams are not kept either: a one-off build draws each once.
    public var keepsSourcesForRebuilds = true

    /// The running build's cancellation; only touched while holding `lock`.
    var cancellation = BuildCancellation()

    var pipeline: SitePipeline {
        SitePipeline(
            configuration: configuration, cache: keepsSourcesForRebuilds ? diagramCache : .none,
            searchText: keepsSourcesForRebuilds ? searchTextCache : nil, cancellation: cancellation)
    }

    /// A full build. Once `cancellation` is cancelled the build stops at its next step and
    /// throws the reason, leaving the output as it was.
    public func build(cancellation: BuildCancellation = BuildCancellation()) throws -> BuildReport {
        try lock.withLock { try cancellable(cancellation) { () throws(DiagnosticError) in try fullBuild() } }
    }

    /// A rebuild after the files at `changedPaths` (absolute) were created, changed or
    /// removed: one page, a section, templates, an asset, or everything, as the change needs.
    public func rebuild(changedPaths: [URL]) throws -> BuildReport {
        try lock.withLock { try incrementalBuild(changedPaths) }
    }

    /// For the preview server: like `rebuild(changedPaths:)`, but leaves the site's search
    /// index stale, to be written by `writeDeferredOutputs()` once the open pages have been
    /// told to reload. The edited page is announced without waiting for a file only the
    /// search box reads; the index follows a few milliseconds later.
    public func rebuildDeferringSearchIndex(
        changedPaths: [URL], cancellation: BuildCancellation = BuildCancellation()
    ) throws -> BuildReport {
        try lock.withLock {
            try cancellable(cancellation) { () throws(DiagnosticError) in try incrementalBuild(changedPaths, deferringSearchIndex: true) }
        }
    }

    /// Runs `build` with `token` as the build's cancellation. Called holding `lock`.
    private func cancellable(
        _ token: BuildCancellation, _ build: () throws(DiagnosticError) -> BuildReport
    ) throws(DiagnosticError) -> BuildReport {
        cancellation = token
        defer { cancellation = BuildCancellation() }
        do { return try build() } catch {
            // The reason alone: the pages cut short by it would each add an echo.
            if let reason = token.reason { throw DiagnosticError(reason) }
            throw error
        }
    }

    /// Writes what `rebuildDeferringSearchIndex(changedPaths:)` left stale; nil when
    /// nothing was.
    public func writeDeferredOutputs() throws -> BuildReport? {
        try lock.withLock { try writeStaleSearchIndex() }
    }

    /// Everything `build` validates plus every internal link and anchor, without writing:
    /// every problem found in one pass, broken links as errors. Empty when clean.
    public func check() -> [Diagnostic] {
        lock.withLock { pipeline.checkAll() }
    }
}
