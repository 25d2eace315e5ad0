import Diagnostics
import Foundation
import OrgData
import OrgModel
import Rendering
import Search
import SiteContent
import SiteFiles

extension SiteBuilder {
    /// False when the output folder, or the marker every build writes into it, is gone
    /// (someone deleted `Public/`): only a full build can bring the site back.
    var outputIsIntact: Bool {
        FileManager.default.fileExists(
            atPath: configuration.outputDirectory
                .appendingPathComponent(OutputOwnership.markerName).path)
    }

    /// Redoes what `changedPaths` need, starting from the last good state; on any error
    /// the state and the output stay as they were.
    ///
    /// With `deferringSearchIndex`, the search index is left as it was and marked stale
    /// for `writeDeferredOutputs()`: the preview server announces the edited page first.
    func incrementalBuild(_ changedPaths: [URL], deferringSearchIndex: Bool = false) throws(DiagnosticError) -> BuildReport {
        guard let old = state, keepsSourcesForRebuilds, outputIsIntact else { return try fullBuild() }
        let clock = ContinuousClock()
        let start = clock.now
        let pipeline = self.pipeline
        var timer = PhaseTimer("rebuild")
        let plan = RebuildPlan(paths: changedPaths, configuration: configuration, state: old)
        timer.mark("plan")
        if plan.full { return try fullBuild() }
        try pipeline.validateFolders()

        var state = old
        if plan.templates || plan.templateAssets {
            state.templates = try TemplateSet.load(from: configuration.templatesDirectory)
        }
        diagramCache.invalidate(dependingOn: plan.dataFiles)
        var contentSetChanged = plan.contentSetChanged
        var reloaded: Set<String> = []
        if !contentSetChanged {
            reloaded = try reload(plan.pages, into: &state, pipeline: pipeline)
            timer.mark("reload")
            // A page that became a draft, or stopped being one, changes the page set.
            contentSetChanged = Set(state.pages.keys) != Set(old.pages.keys)
        }
        let retemplate: Set<String>
        if contentSetChanged {
            do {
                state.inventory = try ContentInventory.scan(pipeline.contentDirectory, excluding: pipeline.configuration.excludedFolders)
            } catch { throw DiagnosticError(error) }
            let pages = try pipeline.loadPages(
                state.inventory, reusing: state.pages,
                reloading: plan.contentSetChanged ? plan.pages : [])
            state = try pipeline.render(settings: state.settings, templates: state.templates, inventory: state.inventory, pages: pages)
            retemplate = Set(state.pages.keys)
        } else {
            let dependents = state.renders.filter { !$0.value.dependencies.isDisjoint(with: plan.dataFiles) }.map(\.key)
            let affected = reloaded.union(dependents)
            let problems = TemplateStage.templateProblems(pages: affected.compactMap { state.pages[$0] }, templates: state.templates)
            if !problems.isEmpty { throw DiagnosticError(problems) }
            let renders = try pipeline.renderMarkdown(
                affected.compactMap { state.pages[$0] }, settings: state.settings, targets: state.targets)
            state.renders.merge(renders) { _, new in new }
            timer.mark("markdown")
            // Only the re-rendered pages can have new titles; titles and front matter are all
            // the navigation is made of, so when none changed the structure stays.
            for path in affected { if let page = state.pages[path] { state.titles[path] = pipeline.title(of: page, state) } }
            let navigationChanged =
                state.titles != old.titles
                || reloaded.contains { old.pages[$0]?.frontMatter != state.pages[$0]?.frontMatter }
            if navigationChanged { state.structure = SiteStructure(pages: state.pages, titles: state.titles) }
            timer.mark("layout")
            retemplate = plan.templates || navigationChanged ? Set(state.pages.keys) : affected
        }
        // The 404 page and the sitemap are made of the navigation and the page set only.
        var skipped: Set<String> = retemplate.count == state.pages.count ? [] : ["404.html", "sitemap.xml"]
        if deferringSearchIndex { skipped.insert(SearchIndex.fileName) }
        let result: OutputWriter.Result
        do {
            result = try writeChanges(from: old, to: &state, pages: retemplate, plan: plan, skipping: skipped, timer: &timer)
        } catch {
            // A rebuild writes in place: some pages may hold this build's bytes already.
            // Only a full build (staged) knows what the output holds again.
            self.state = nil
            throw error
        }
        // Links into a page break only when its anchors change or pages come and go; else
        // only the edited pages' own links need checking again.
        let anchorsChanged =
            contentSetChanged || plan.templateAssets
            || retemplate.contains { old.renders[$0]?.markdown.anchors != state.renders[$0]?.markdown.anchors }
        pipeline.checkLinks(&state, pages: anchorsChanged ? nil : retemplate)
        self.state = state
        searchIndexIsStale = deferringSearchIndex
        let warnings = pipeline.warnings(state)
        timer.mark("warnings")
        timer.report()
        return BuildReport(
            pageCount: state.pageCount, filesWritten: result.written, duration: clock.now - start,
            warnings: warnings, changedOutputs: result.changed)
    }

    /// Reads the changed Markdown files again; a page that became a draft or stopped
    /// being one changes the page set, so it is handled as such by the caller's retry.
    private func reload(_ paths: Set<String>, into state: inout SiteState, pipeline: SitePipeline) throws(DiagnosticError) -> Set<String> {
        var reloaded: Set<String> = []
        var problems: [Diagnostic] = []
        for path in paths.sorted() {
            do {
                let step = try cancellation.begin("reading \(path)")
                defer { cancellation.end(step) }
                let page = try Page.load(sourcePath: path, contentDirectory: pipeline.contentDirectory)
                if page.frontMatter.draft && !configuration.includeDrafts {
                    state.pages[path] = nil
                } else {
                    state.pages[path] = page
                }
                reloaded.insert(path)
            } catch {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return reloaded.filter { state.pages[$0] != nil }
    }

    /// Puts the pages at `paths` through their layouts and writes those whose bytes differ
    /// from the last build, then does the same for the support files; removes the outputs
    /// that went away. Records the new outputs in `state`.
    private func writeChanges(
        from old: SiteState, to state: inout SiteState, pages paths: Set<String>,
        plan: RebuildPlan, skipping skipped: Set<String>,
        timer: inout PhaseTimer
    ) throws(DiagnosticError) -> OutputWriter.Result {
        let root = configuration.outputDirectory.standardizedFileURL.path + "/"
        let before = old.outputs
        var outputs = before
        var written: [String] = []
        let privacy = PrivacyGuard(state.privateValues)
        do {
            let pages = try pipeline.writePages(state, pages: paths.sorted()) { path, data, record in
                guard before[path] != record else { return false }
                try privacy.check(data, writing: SourceFile.displayPath(for: configuration.outputDirectory) + "/" + path)
                try OutputWriter.createFolder(of: path, under: root)
                try OutputWriter.replaceFile(atPath: root + path, with: data)
                return true
            }
            outputs.merge(pages.records) { _, new in new }
            written = pages.written
        } catch let diagnostic as Diagnostic {
            throw DiagnosticError(diagnostic)
        } catch {
            throw DiagnosticError(
                .error(
                    at: nil,
                    "cannot update the output folder \(SourceFile.displayPath(for: configuration.outputDirectory)): \(error.localizedDescription)"
                ))
        }
        timer.mark("templates(\(paths.count))")

        let pagePaths = Set(state.pages.values.map(\.outputPath))
        let support = pipeline.makeSupportOutputs(state, skipping: skipped).filter { !pagePaths.contains($0.key) }
        timer.mark("support")
        let changedSources = Set(plan.copies.map { pipeline.contentDirectory.appendingPathComponent($0).standardizedFileURL })
        let changedSupport = support.filter { path, file in
            if before[path] != file.record { return true }
            if case .copy(let url) = file {
                return changedSources.contains(url.standardizedFileURL)
                    || (plan.templateAssets && path.hasPrefix(TemplateSet.assetsFolder + "/"))
            }
            return false
        }
        // The page set and the support files say what exists now; assets or content files
        // whose source went away since the last build drop out with them.
        var current = pagePaths.union(support.keys).union(skipped.filter { before[$0] != nil })
        current = current.filter { path in
            guard case .copy(let url)? = support[path] else { return true }
            return FileManager.default.fileExists(atPath: url.path)
        }
        outputs = outputs.filter { current.contains($0.key) }
        for (path, file) in support where current.contains(path) { outputs[path] = file.record }
        let removals = Set(before.keys).subtracting(current)
        let result: OutputWriter.Result
        do {
            try cancellation.check()
            result = try OutputWriter(output: configuration.outputDirectory)
                .update(changedSupport.filter { current.contains($0.key) }, removing: removals)
        } catch {
            throw DiagnosticError(error)
        }
        timer.mark("write")
        state.outputs = outputs
        return OutputWriter.Result(written: written.count + result.written, changed: (written + result.changed).sorted())
    }
}

extension SiteBuilder {
    /// Writes the search index a deferring rebuild left stale; nil when none was.
    func writeStaleSearchIndex() throws(DiagnosticError) -> BuildReport? {
        guard searchIndexIsStale, var state else { return nil }
        searchIndexIsStale = false
        let clock = ContinuousClock()
        let start = clock.now
        let file = pipeline.searchIndexOutput(state)
        var changed: [String] = []
        if state.outputs[SearchIndex.fileName] != file.record {
            do {
                _ = try OutputWriter(output: configuration.outputDirectory).update([SearchIndex.fileName: file], removing: [])
            } catch {
                throw DiagnosticError(error)
            }
            state.outputs[SearchIndex.fileName] = file.record
            self.state = state
            changed = [SearchIndex.fileName]
        }
        return BuildReport(
            pageCount: state.pageCount, filesWritten: changed.count, duration: clock.now - start,
            warnings: [], changedOutputs: changed)
    }
}
