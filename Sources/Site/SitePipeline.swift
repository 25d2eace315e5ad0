import Diagnostics
import Foundation
import Parallel
import Rendering
import Search
import SiteContent
import SiteFiles

/// The steps of a build, each a function of what the earlier ones made. `SiteBuilder`
/// runs them all for a build and only some for a rebuild.
struct SitePipeline: Sendable {
    var configuration: BuildConfiguration
    var cache: DiagramCache
    /// Pages' searchable text, kept across rebuilds (nil: not kept).
    var searchText: SearchTextCache?
    /// Checked at each page and file: a cancelled build stops at its next step.
    var cancellation = BuildCancellation()

    var contentDirectory: URL { configuration.contentDirectory.standardizedFileURL }

    /// The content folder must exist and the output must not overlap the sources.
    func validateFolders() throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(
                .error(
                    at: nil, "the content folder \(SourceFile.displayPath(for: contentDirectory)) does not exist",
                    hint: "pass --content PATH, or run `orgbook new DIR` to start a site"))
        }
        do { try OutputSafety.validate(configuration) } catch { throw DiagnosticError(error) }
    }

    /// Everything up to the rendered pages: settings, templates, pages, Markdown, titles and
    /// structure. The pages go through their layouts as they are written (`writePages`).
    func assemble() throws(DiagnosticError) -> SiteState {
        var timer = PhaseTimer("load")
        try validateFolders()
        let (settings, templates, setupProblems) = loadSettingsAndTemplates()
        timer.mark("settings+templates")
        var problems = setupProblems
        let inventory: ContentInventory
        do { inventory = try ContentInventory.scan(contentDirectory, excluding: configuration.excludedFolders) } catch {
            throw DiagnosticError(problems + [error])
        }
        timer.mark("inventory")
        let pages: [String: Page]
        do { pages = try loadPages(inventory) } catch {
            problems += error.diagnostics
            pages = [:]
        }
        timer.mark("pages")
        timer.report()
        guard problems.isEmpty, let templates else { throw DiagnosticError(problems) }
        return try render(settings: settings, templates: templates, inventory: inventory, pages: pages)
    }

    /// The site settings and the templates, each loaded once; the problems of both are
    /// collected so a single run reports them together.
    func loadSettingsAndTemplates() -> (SiteSettings, TemplateSet?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var settings = SiteSettings()
        do {
            let step = try cancellation.begin("reading site.yaml")
            defer { cancellation.end(step) }
            settings = try SiteSettings.load(contentDirectory: contentDirectory)
        } catch { problems.append(error) }
        var templates: TemplateSet?
        do { templates = try TemplateSet.load(from: configuration.templatesDirectory) } catch { problems += error.diagnostics }
        return (settings, templates, problems)
    }

    /// Renders the Markdown of `pages` from scratch with loaded settings and templates.
    func render(
        settings: SiteSettings, templates: TemplateSet, inventory: ContentInventory,
        pages: [String: Page]
    ) throws(DiagnosticError) -> SiteState {
        // The site-wide checks run beside the Markdown, which does not need them: before any
        // page rendered they were a serial stretch growing faster than the pages. Their
        // problems still stop the build, ahead of any the Markdown has.
        let checks = Background {
            outputCollisions(pages, inventory: inventory, settings: settings, templates: templates)
                + TemplateStage.templateProblems(pages: pages.values, templates: templates)
        }
        var timer = PhaseTimer("render")
        let targets = linkTargets(pages: pages, inventory: inventory)
        timer.mark("link targets")
        let rendered = Result { () throws(DiagnosticError) in
            try renderMarkdown(Array(pages.values), settings: settings, targets: targets)
        }
        let problems = checks.value
        if !problems.isEmpty { throw DiagnosticError(problems) }
        let renders = try rendered.get()
        timer.mark("markdown")
        var state = SiteState(
            settings: settings, templates: templates, inventory: inventory, pages: pages,
            renders: renders, titles: [:], structure: SiteStructure(pages: [:], titles: [:]),
            targets: targets, outputs: [:], linkWarnings: [:])
        layOut(&state)
        timer.mark("layout")
        timer.report()
        return state
    }

    /// Content files that would overwrite each other or a file the build makes itself.
    func outputCollisions(
        _ pages: [String: Page], inventory: ContentInventory, settings: SiteSettings,
        templates: TemplateSet?
    ) -> [Diagnostic] {
        let generated = SupportOutputs(
            settings: settings, templates: templates,
            templatesDirectory: configuration.templatesDirectory
        ).paths
        return OutputCollisions.problems(
            pages: pages, bundleFiles: inventory.publishedFiles, generated: generated,
            contentDirectory: contentDirectory)
    }

    /// Reads every Markdown file (in parallel), leaves drafts out, adds pages for folders
    /// without an `index.md`, and refuses two pages at one URL.
    /// Pages in `reusing` are kept as loaded unless listed in `reloading`.
    func loadPages(
        _ inventory: ContentInventory, reusing loaded: [String: Page] = [:],
        reloading: Set<String> = []
    ) throws(DiagnosticError) -> [String: Page] {
        let (pages, problems) = loadPagesCollecting(inventory, reusing: loaded, reloading: reloading)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return pages
    }

    /// Loads what can be loaded and returns the problems of the rest. A page that failed
    /// stays in the result as an empty stand-in (`failedPages`) so links to it still resolve.
    func loadPagesCollecting(
        _ inventory: ContentInventory, reusing loaded: [String: Page] = [:],
        reloading: Set<String> = []
    ) -> (pages: [String: Page], problems: [Diagnostic]) {
        let content = contentDirectory
        let root = ContentRoot(content)
        let results = Parallel.map(inventory.markdownFiles) { path -> Result<Page, Diagnostic> in
            if !reloading.contains(path), let page = loaded[path] { return .success(page) }
            do throws(Diagnostic) {
                let step = try cancellation.begin("reading \(path)")
                defer { cancellation.end(step) }
                return .success(try Page.load(sourcePath: path, root: root))
            } catch { return .failure(error) }
        }
        if let reason = cancellation.reason { return ([:], [reason]) }
        var problems: [Diagnostic] = []
        var pages: [String: Page] = [:]
        for (path, result) in zip(inventory.markdownFiles, results) {
            switch result {
            case .success(let page) where page.frontMatter.draft && !configuration.includeDrafts: continue
            case .success(let page): pages[page.sourcePath] = page
            case .failure(let problem):
                problems.append(problem)
                pages[path] = Self.standIn(for: path, contentDirectory: content)
            }
        }
        ReportPages.addPages(to: &pages, inventory: inventory, contentDirectory: content)
        if !problems.isEmpty { return (pages, problems) }
        addGeneratedSections(to: &pages)
        do { try checkDistinctURLs(pages) } catch { problems += error.diagnostics }
        return (pages, problems)
    }

    /// An empty page in place of one that could not be read.
    static func standIn(for path: String, contentDirectory: URL) -> Page {
        let (url, isIndex) = Page.urlPath(forSource: path)
        return Page(
            sourcePath: path, displayPath: SourceFile.displayPath(for: contentDirectory.appendingPathComponent(path)),
            urlPath: url, sectionPath: (path as NSString).deletingLastPathComponent, isSectionIndex: isIndex,
            isGenerated: true, frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
    }

    private func addGeneratedSections(to pages: inout [String: Page]) {
        var folders: Set<String> = [""]
        for page in pages.values where !page.isHome {
            var folder: String? = page.isSectionIndex ? SiteStructure.parentFolder(of: page.sectionPath) : page.sectionPath
            while let current = folder {
                folders.insert(current)
                folder = current.isEmpty ? nil : SiteStructure.parentFolder(of: current)
            }
        }
        let withPages = Set(pages.values.filter(\.isSectionIndex).map(\.sectionPath))
        for folder in folders.subtracting(withPages) {
            let page = Page.generatedSection(folder: folder, contentDirectory: contentDirectory)
            pages[page.sourcePath] = page
        }
    }

    private func checkDistinctURLs(_ pages: [String: Page]) throws(DiagnosticError) {
        // One look-up a page; only the URLs two pages share are grouped and sorted.
        var first: [String: Page] = [:]
        first.reserveCapacity(pages.count)
        var shared: [String: [Page]] = [:]
        for page in pages.values {
            if let earlier = first[page.urlPath] {
                shared[page.urlPath, default: [earlier]].append(page)
            } else {
                first[page.urlPath] = page
            }
        }
        var problems: [Diagnostic] = []
        for (url, group) in shared.sorted(by: { $0.key < $1.key }) {
            let sorted = group.sorted { $0.sourcePath < $1.sourcePath }
            for page in sorted.dropFirst() {
                problems.append(
                    .error(
                        at: SourceLocation(path: page.displayPath, line: 1),
                        "this page and \(sorted[0].displayPath) both map to the URL /\(url)",
                        hint: "rename or move one of them (a folder's page is its index.md; `a.md` and `a/index.md` clash)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    func linkTargets(pages: [String: Page], inventory: ContentInventory) -> LinkTargets {
        var targets = LinkTargets()
        targets.offline = configuration.offline
        for page in pages.values {
            targets.pageURLs[page.sourcePath] = page.urlPath
            if page.isSectionIndex { targets.folderPages[page.sectionPath] = page.sourcePath }
        }
        targets.files = Set(inventory.publishedFiles)
        return targets
    }

    /// Renders the Markdown of `pages` in parallel; every page's errors are reported together.
    func renderMarkdown(_ pages: [Page], settings: SiteSettings, targets: LinkTargets) throws(DiagnosticError) -> [String: RenderedPage] {
        let (renders, problems) = renderMarkdownCollecting(pages, settings: settings, targets: targets)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return renders
    }

    /// Renders what renders and returns the problems of the rest.
    func renderMarkdownCollecting(_ pages: [Page], settings: SiteSettings, targets: LinkTargets) -> ([String: RenderedPage], [Diagnostic]) {
        let stage = MarkdownStage(
            targets: targets, contentDirectory: contentDirectory, rawHTML: settings.rawHTML, cache: cache, brand: settings.brand,
            cancellation: cancellation)
        let sorted = pages.sorted { $0.sourcePath < $1.sourcePath }
        let results = Parallel.map(sorted) { page -> Result<RenderedPage, DiagnosticError> in
            do throws(DiagnosticError) {
                let step: BuildCancellation.Step
                do throws(Diagnostic) { step = try cancellation.begin("rendering \(page.displayPath)") } catch {
                    throw DiagnosticError(error)
                }
                defer { cancellation.end(step) }
                return .success(try stage.render(page))
            } catch { return .failure(error) }
        }
        if let reason = cancellation.reason { return ([:], [reason]) }
        var renders: [String: RenderedPage] = [:]
        renders.reserveCapacity(sorted.count)
        var problems: [Diagnostic] = []
        for (page, result) in zip(sorted, results) {
            switch result {
            case .success(let rendered): renders[page.sourcePath] = rendered
            case .failure(let error): problems += error.diagnostics
            }
        }
        return (renders, problems)
    }

    /// Titles and structure, from the pages and their rendered headings.
    func layOut(_ state: inout SiteState) {
        // Each title is looked up in the page's render on its own core: at 100,000 pages
        // this pass was a serial stretch of a third of a second, mostly cache misses.
        let pages = Array(state.pages.values)
        let snapshot = state
        let titles = Parallel.map(pages) { page in title(of: page, snapshot) }
        state.titles = Dictionary(uniqueKeysWithValues: zip(pages.lazy.map(\.sourcePath), titles))
        state.structure = SiteStructure(pages: state.pages, titles: state.titles)
    }

    /// A page's title: its front matter's, else its first level-1 heading, else one made
    /// from its file name (the site's title for the home page).
    func title(of page: Page, _ state: SiteState) -> String {
        let heading = state.renders[page.sourcePath]?.markdown.headings.first { $0.level == 1 }?.text
        return page.frontMatter.title ?? heading ?? (page.isHome ? state.settings.title : page.fallbackTitle)
    }

    /// Puts the pages at `paths` through their layouts, in parallel, and hands each page's
    /// bytes to `write` (which answers whether it wrote them) as soon as they are made: the
    /// site's HTML is never held in memory all at once. Returns the pages' records and the
    /// output paths written.
    func writePages(
        _ state: SiteState, pages paths: [String],
        with write: @Sendable (_ path: String, _ data: Data, _ record: OutputRecord) throws -> Bool
    )
        throws -> (records: [String: OutputRecord], written: [String])
    {
        let stage = templateStage(state)
        let pages = paths.compactMap { state.pages[$0] }
        // Runs of pages in path order, each on one thread with its own nav cache.
        let results = Parallel.mapRuns(pages, perCore: 16, minimumLength: 32) { run -> [Swift.Result<(OutputRecord, Bool), any Error>] in
            let navCache = NavCache()
            return run.map { page in
                Swift.Result {
                    let step = try cancellation.begin("writing \(page.outputPath)")
                    defer { cancellation.end(step) }
                    let data = try stage.htmlData(for: page, navCache: navCache)
                    let record = OutputRecord.bytes(ContentDigest(data))
                    return (record, try write(page.outputPath, data, record))
                }
            }
        }.flatMap { $0 }
        var records: [String: OutputRecord] = [:]
        records.reserveCapacity(pages.count)
        var written: [String] = []
        for (page, result) in zip(pages, results) {
            let (record, wrote) = try result.get()
            records[page.outputPath] = record
            if wrote { written.append(page.outputPath) }
        }
        return (records, written)
    }

    func templateStage(_ state: SiteState) -> TemplateStage {
        TemplateStage(
            settings: state.settings, templates: state.templates, pages: state.pages, titles: state.titles,
            renders: state.renders, structure: state.structure, offline: configuration.offline)
    }

    /// `404.html`: the page layout with a short message. Its links are relative to the
    /// root and, when `baseURL` is set, a `<base>` makes them work from any missing URL.
    func notFoundPage(_ state: SiteState) -> OutputFile {
        var page = Page(
            sourcePath: "404.html", displayPath: "404.html", urlPath: "", sectionPath: "",
            isSectionIndex: false, isGenerated: true, frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
        page.frontMatter.title = "Page not found"
        let home = SitePaths.href(from: "", to: "", offline: configuration.offline)
        let rendered = RenderedPage(
            markdown: .init(
                html:
                    "<p>There is no page at this address. It may have moved; start again from <a href=\"\(home)\">the home page</a>.</p>\n",
                headings: [], links: [], anchors: [], fenceKinds: []),
            warnings: [], dependencies: [])
        var context = templateStage(state).context(for: page, rendered: rendered, title: "Page not found")
        context["prev"] = .bool(false)
        context["next"] = .bool(false)
        context["breadcrumbs"] = .list([])
        context["hasBreadcrumbs"] = .bool(false)
        context["hasPrevNext"] = .bool(false)
        // A 404 page is served at any depth, so its relative links need the site's base URL;
        // an offline build opens from file://, where that base would send every link away.
        if !configuration.offline { context["baseHref"] = .text(state.settings.baseURL) }
        let template = state.templates.names.contains("404") ? "404" : "page"
        // A layout that fails here fails every page too, and those errors are reported.
        return .data((try? state.templates.renderData(context, template: template)) ?? Data())
    }

    /// Broken links as warnings (build) or errors (check), plus the pages' diagram warnings.
    /// Checks the links of the pages at `paths` (all when nil) and records their broken
    /// links, as warnings, in `state.linkWarnings`.
    func checkLinks(_ state: inout SiteState, pages paths: Set<String>? = nil) {
        let found = brokenLinks(state, outputs: Set(state.outputs.keys), pages: paths)
        if paths == nil { state.linkWarnings = [:] }
        state.linkWarnings = state.linkWarnings.filter { state.pages[$0.key] != nil }
        for (path, problems) in found {
            state.linkWarnings[path] = problems.isEmpty ? nil : problems
        }
    }

    /// The broken links, as warnings, of the pages at `paths` (all when nil), against the
    /// site's `outputs` (site-relative paths of every file written).
    func brokenLinks(_ state: SiteState, outputs: Set<String>, pages paths: Set<String>? = nil) -> [(path: String, problems: [Diagnostic])]
    {
        let checker = LinkChecker(pages: state.pages, renders: state.renders, targets: state.targets, outputs: outputs)
        let checked = Array(paths ?? Set(state.pages.keys))
        let found = Parallel.map(checked) { checker.problems(onPage: $0, severity: .warning) }
        return Array(zip(checked, found)).map { (path: $0.0, problems: $0.1) }
    }

    /// The diagram warnings and the recorded broken links, in page order.
    /// Every page's warnings, each once: a data file several pages draw (a decision tree
    /// whose outcome link is broken) would otherwise be reported once per page.
    func warnings(_ state: SiteState) -> [Diagnostic] {
        // Only the pages with warnings are sorted: sorting every path was a serial stretch
        // that grew faster than the pages (19 ms at 10k pages, 262 ms at 100k).
        var paths = Set(state.linkWarnings.keys)
        for (path, rendered) in state.renders where !rendered.warnings.isEmpty { paths.insert(path) }
        var seen = Set<String>()
        return paths.filter { state.pages[$0] != nil }.sorted()
            .flatMap { (state.renders[$0]?.warnings ?? []) + (state.linkWarnings[$0] ?? []) }
            .filter { seen.insert($0.description).inserted }
    }
}
