import Diagnostics
import Foundation

/// The steps of a build, each a function of what the earlier ones made. `SiteBuilder`
/// runs them all for a build and only some for a rebuild.
struct SitePipeline: Sendable {
    var configuration: BuildConfiguration
    var cache: DiagramCache

    var contentDirectory: URL { configuration.contentDirectory.standardizedFileURL }

    /// The content folder must exist and the output must not overlap the sources.
    func validateFolders() throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(.error(at: nil, "the content folder \(SourceFile.displayPath(for: contentDirectory)) does not exist",
                                         hint: "pass --content PATH, or run `orgbook new DIR` to start a site"))
        }
        do { try OutputSafety.validate(configuration) } catch { throw DiagnosticError(error) }
    }

    /// Everything up to the rendered pages: settings, templates, pages, Markdown, layouts.
    func assemble() throws(DiagnosticError) -> SiteState {
        try validateFolders()
        let (settings, templates, setupProblems) = loadSettingsAndTemplates()
        var problems = setupProblems
        let inventory: ContentInventory
        do { inventory = try ContentInventory.scan(contentDirectory) } catch { throw DiagnosticError(problems + [error]) }
        let pages: [String: Page]
        do { pages = try loadPages(inventory) } catch { problems += error.diagnostics; pages = [:] }
        guard problems.isEmpty, let templates else { throw DiagnosticError(problems) }
        return try render(settings: settings, templates: templates, inventory: inventory, pages: pages)
    }

    /// The site settings and the templates, each loaded once; the problems of both are
    /// collected so a single run reports them together.
    func loadSettingsAndTemplates() -> (SiteSettings, TemplateSet?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var settings = SiteSettings()
        do { settings = try SiteSettings.load(contentDirectory: contentDirectory) } catch { problems.append(error) }
        var templates: TemplateSet?
        do { templates = try TemplateSet.load(from: configuration.templatesDirectory) } catch { problems += error.diagnostics }
        return (settings, templates, problems)
    }

    /// Renders `pages` from scratch with loaded settings and templates.
    func render(settings: SiteSettings, templates: TemplateSet, inventory: ContentInventory,
                pages: [String: Page]) throws(DiagnosticError) -> SiteState {
        let problems = TemplateStage.templateProblems(pages: pages.keys.sorted().compactMap { pages[$0] }, templates: templates)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        let targets = linkTargets(pages: pages, inventory: inventory)
        let renders = try renderMarkdown(Array(pages.values), settings: settings, targets: targets)
        var state = SiteState(settings: settings, templates: templates, inventory: inventory, pages: pages,
                              renders: renders, titles: [:], structure: SiteStructure(pages: [:], titles: [:]),
                              targets: targets, outputs: [:])
        layOut(&state)
        state.outputs = outputs(state, pages: state.pages.keys.sorted())
        return state
    }

    /// Reads every Markdown file (in parallel), leaves drafts out, adds pages for folders
    /// without an `index.md`, and refuses two pages at one URL.
    /// Pages in `reusing` are kept as loaded unless listed in `reloading`.
    func loadPages(_ inventory: ContentInventory, reusing loaded: [String: Page] = [:],
                   reloading: Set<String> = []) throws(DiagnosticError) -> [String: Page] {
        let (pages, problems) = loadPagesCollecting(inventory, reusing: loaded, reloading: reloading)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return pages
    }

    /// Loads what can be loaded and returns the problems of the rest. A page that failed
    /// stays in the result as an empty stand-in (`failedPages`) so links to it still resolve.
    func loadPagesCollecting(_ inventory: ContentInventory, reusing loaded: [String: Page] = [:],
                             reloading: Set<String> = []) -> (pages: [String: Page], problems: [Diagnostic]) {
        let content = contentDirectory
        let results = Parallel.map(inventory.markdownFiles) { path -> Result<Page, Diagnostic> in
            if !reloading.contains(path), let page = loaded[path] { return .success(page) }
            do throws(Diagnostic) { return .success(try Page.load(sourcePath: path, contentDirectory: content)) } catch { return .failure(error) }
        }
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
        return Page(sourcePath: path, displayPath: SourceFile.displayPath(for: contentDirectory.appendingPathComponent(path)),
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
        let byURL = Dictionary(grouping: pages.values, by: \.urlPath)
        var problems: [Diagnostic] = []
        for url in byURL.keys.sorted() {
            guard let group = byURL[url], group.count > 1 else { continue }
            let sorted = group.sorted { $0.sourcePath < $1.sourcePath }
            for page in sorted.dropFirst() {
                problems.append(.error(at: SourceLocation(path: page.displayPath, line: 1),
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
        targets.files = Set(inventory.bundleFiles)
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
        let stage = MarkdownStage(targets: targets, contentDirectory: contentDirectory, rawHTML: settings.rawHTML, cache: cache)
        let sorted = pages.sorted { $0.sourcePath < $1.sourcePath }
        let results = Parallel.map(sorted) { page -> Result<RenderedPage, DiagnosticError> in
            do throws(DiagnosticError) { return .success(try stage.render(page)) } catch { return .failure(error) }
        }
        var renders: [String: RenderedPage] = [:]
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
        state.titles = Dictionary(uniqueKeysWithValues: state.pages.values.map { page in
            let heading = state.renders[page.sourcePath]?.markdown.headings.first { $0.level == 1 }?.text
            return (page.sourcePath, page.frontMatter.title ?? heading ?? (page.isHome ? state.settings.title : page.fallbackTitle))
        })
        state.structure = SiteStructure(pages: state.pages, titles: state.titles)
    }

    /// The page outputs of `paths` (in parallel), plus 404, sitemap, assets and bundle files.
    func outputs(_ state: SiteState, pages paths: [String]) -> [String: OutputFile] {
        pageOutputs(state, pages: paths).merging(supportOutputs(state)) { page, _ in page }
    }

    /// Everything but the pages: 404, sitemap, template assets, content files.
    /// Site-wide files written beside the pages; links may point at any of them.
    static let supportFileNames = ["404.html", SearchIndex.fileName, "sitemap.xml"]

    func supportOutputs(_ state: SiteState) -> [String: OutputFile] {
        var outputs: [String: OutputFile] = [:]
        outputs["404.html"] = notFoundPage(state)
        outputs[SearchIndex.fileName] = searchIndexOutput(state)
        if !state.settings.baseURL.isEmpty {
            let xml = SitemapGenerator.xml(baseURL: state.settings.baseURL,
                                           urlPaths: state.structure.readingOrder.compactMap { state.pages[$0]?.urlPath })
            outputs["sitemap.xml"] = .data(Data(xml.utf8))
        }
        let assets = configuration.templatesDirectory.appendingPathComponent(TemplateSet.assetsFolder)
        for asset in state.templates.assets {
            outputs[TemplateSet.assetsFolder + "/" + asset] = .copy(assets.appendingPathComponent(asset))
        }
        for file in state.inventory.bundleFiles {
            outputs[file] = .copy(contentDirectory.appendingPathComponent(file))
        }
        return outputs
    }

    func pageOutputs(_ state: SiteState, pages paths: [String]) -> [String: OutputFile] {
        let stage = templateStage(state)
        let pages = paths.compactMap { state.pages[$0] }
        // Each task turns its page into bytes at once, so the site's HTML is never held
        // twice (as strings and as data) at the peak.
        let html = Parallel.map(pages) { page in Data(stage.html(for: page).utf8) }
        var outputs: [String: OutputFile] = [:]
        outputs.reserveCapacity(pages.count)
        for (page, data) in zip(pages, html) { outputs[page.outputPath] = .data(data) }
        return outputs
    }

    func templateStage(_ state: SiteState) -> TemplateStage {
        TemplateStage(settings: state.settings, templates: state.templates, pages: state.pages, titles: state.titles,
                      renders: state.renders, structure: state.structure, offline: configuration.offline)
    }

    /// `404.html`: the page layout with a short message. Its links are relative to the
    /// root and, when `baseURL` is set, a `<base>` makes them work from any missing URL.
    func notFoundPage(_ state: SiteState) -> OutputFile {
        var page = Page(sourcePath: "404.html", displayPath: "404.html", urlPath: "", sectionPath: "",
                        isSectionIndex: false, isGenerated: true, frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
        page.frontMatter.title = "Page not found"
        var stage = templateStage(state)
        stage.titles[page.sourcePath] = "Page not found"
        let home = SitePaths.href(from: "", to: "", offline: configuration.offline)
        stage.renders[page.sourcePath] = RenderedPage(
            markdown: .init(html: "<p>There is no page at this address. It may have moved; start again from <a href=\"\(home)\">the home page</a>.</p>\n",
                            headings: [], links: [], anchors: [], fenceKinds: []),
            warnings: [], dependencies: [])
        var context = stage.context(for: page)
        context["prev"] = .bool(false)
        context["next"] = .bool(false)
        context["breadcrumbs"] = .list([])
        context["hasBreadcrumbs"] = .bool(false)
        context["hasPrevNext"] = .bool(false)
        // A 404 page is served at any depth, so its relative links need the site's base URL;
        // an offline build opens from file://, where that base would send every link away.
        if !configuration.offline { context["baseHref"] = .text(state.settings.baseURL) }
        let template = state.templates.names.contains("404") ? "404" : "page"
        return .data(state.templates.renderData(context, template: template))
    }

    /// Broken links as warnings (build) or errors (check), plus the pages' diagram warnings.
    func warnings(_ state: SiteState, linkSeverity: Diagnostic.Severity) -> [Diagnostic] {
        let diagramWarnings = state.pages.keys.sorted().flatMap { state.renders[$0]?.warnings ?? [] }
        let checker = LinkChecker(pages: state.pages, renders: state.renders, targets: state.targets, outputs: Set(state.outputs.keys))
        return diagramWarnings + checker.problems(severity: linkSeverity)
    }
}
