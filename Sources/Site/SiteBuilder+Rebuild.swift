import Diagnostics
import Foundation

extension SiteBuilder {
    /// Redoes what `changedPaths` need, starting from the last good state; on any error
    /// the state and the output stay as they were.
    func incrementalBuild(_ changedPaths: [URL]) throws(DiagnosticError) -> BuildReport {
        guard let old = state else { return try fullBuild() }
        let clock = ContinuousClock()
        let start = clock.now
        let pipeline = self.pipeline
        let plan = RebuildPlan(paths: changedPaths, configuration: configuration, state: old)
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
            // A page that became a draft, or stopped being one, changes the page set.
            contentSetChanged = Set(state.pages.keys) != Set(old.pages.keys)
        }
        if contentSetChanged {
            do { state.inventory = try ContentInventory.scan(pipeline.contentDirectory) } catch { throw DiagnosticError(error) }
            let pages = try pipeline.loadPages(state.inventory, reusing: state.pages,
                                               reloading: plan.contentSetChanged ? plan.pages : [])
            state = try pipeline.render(settings: state.settings, templates: state.templates, inventory: state.inventory, pages: pages)
        } else {
            let dependents = state.renders.filter { !$0.value.dependencies.isDisjoint(with: plan.dataFiles) }.map(\.key)
            let affected = reloaded.union(dependents)
            let problems = TemplateStage.templateProblems(pages: affected.sorted().compactMap { state.pages[$0] }, templates: state.templates)
            if !problems.isEmpty { throw DiagnosticError(problems) }
            let renders = try pipeline.renderMarkdown(affected.compactMap { state.pages[$0] }, settings: state.settings, targets: state.targets)
            state.renders.merge(renders) { _, new in new }
            pipeline.layOut(&state)
            let navigationChanged = state.titles != old.titles
                || reloaded.contains { old.pages[$0]?.frontMatter != state.pages[$0]?.frontMatter }
            let retemplate = plan.templates || navigationChanged ? Set(state.pages.keys) : affected
            state.outputs.merge(pipeline.pageOutputs(state, pages: retemplate.sorted())) { _, new in new }
            state.outputs.merge(pipeline.supportOutputs(state)) { _, new in new }
            // Assets or content files that went away since the last build.
            state.outputs = state.outputs.filter { path, file in
                if case .copy(let url) = file { return FileManager.default.fileExists(atPath: url.path) }
                return true
            }
        }
        let result = try write(from: old, to: state, copies: plan)
        self.state = state
        return BuildReport(pageCount: state.pageCount, filesWritten: result.written, duration: clock.now - start,
                           warnings: pipeline.warnings(state, linkSeverity: .warning), changedOutputs: result.changed)
    }

    /// Reads the changed Markdown files again; a page that became a draft or stopped
    /// being one changes the page set, so it is handled as such by the caller's retry.
    private func reload(_ paths: Set<String>, into state: inout SiteState, pipeline: SitePipeline) throws(DiagnosticError) -> Set<String> {
        var reloaded: Set<String> = []
        var problems: [Diagnostic] = []
        for path in paths.sorted() {
            do {
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

    /// Writes the outputs that differ from the last build, and removes the ones that went.
    private func write(from old: SiteState, to new: SiteState, copies plan: RebuildPlan) throws(DiagnosticError) -> OutputWriter.Result {
        let changedSources = Set(plan.copies.map { pipeline.contentDirectory.appendingPathComponent($0).standardizedFileURL })
        let forceAssets = plan.templateAssets
        let changed = new.outputs.filter { path, file in
            if old.outputs[path] != file { return true }
            if case .copy(let url) = file {
                return changedSources.contains(url.standardizedFileURL) || (forceAssets && path.hasPrefix(TemplateSet.assetsFolder + "/"))
            }
            return false
        }
        let removals = Set(old.outputs.keys).subtracting(new.outputs.keys)
        do {
            return try OutputWriter(output: configuration.outputDirectory).update(changed, removing: removals)
        } catch {
            throw DiagnosticError(error)
        }
    }
}
