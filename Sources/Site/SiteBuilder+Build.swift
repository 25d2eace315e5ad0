import Diagnostics
import Foundation
import OrgData
import OrgModel
import Parallel
import SiteFiles

extension SiteBuilder {
    /// Builds everything from scratch into a staging folder that replaces the output.
    func fullBuild() throws(DiagnosticError) -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let pipeline = self.pipeline
        var timer = PhaseTimer("build")
        diagramCache.removeFileBacked()
        var state = try pipeline.assemble()
        if !keepsSourcesForRebuilds {
            for path in state.pages.keys { state.pages[path]?.body = "" }
        }
        timer.mark("assemble")
        // Links are checked while the pages are written, against the outputs the build is
        // about to write.
        let checkedState = state
        let outputs = Set(state.pages.values.map(\.outputPath)).union(pipeline.supportOutputs(of: state).paths)
        let checking = Background { pipeline.brokenLinks(checkedState, outputs: outputs) }
        let result: OutputWriter.Result
        do { result = try writeEverything(&state, pipeline: pipeline, timer: &timer) } catch { throw DiagnosticError(error) }
        state.linkWarnings = [:]
        for (path, problems) in checking.value where !problems.isEmpty { state.linkWarnings[path] = problems }
        self.state = state
        searchIndexIsStale = false
        let warnings = pipeline.warnings(state)
        timer.mark("warnings")
        timer.report()
        return BuildReport(
            pageCount: state.pageCount, filesWritten: result.written, duration: clock.now - start,
            warnings: warnings, changedOutputs: result.changed)
    }

    /// Writes every page and support file of `state` into a fresh output folder, page by
    /// page as each is made, and records what was written in `state.outputs`.
    private func writeEverything(
        _ state: inout SiteState, pipeline: SitePipeline,
        timer: inout PhaseTimer
    ) throws(Diagnostic) -> OutputWriter.Result {
        let staged = try StagedOutput(output: configuration.outputDirectory, force: configuration.replacesForeignOutput)
        staged.privacy = PrivacyGuard(state.privateValues)
        do {
            let pagePaths = Set(state.pages.values.map(\.outputPath))
            // The support files (the search index above all) are made on another thread
            // while the pages are written: the index's serial tail runs beside the
            // pages' parallel work.
            let supportState = state
            let making = Background { pipeline.makeSupportOutputs(supportState).filter { !pagePaths.contains($0.key) } }
            let pages = try pipeline.writePages(state, pages: state.pages.keys.sorted()) { path, data, _ in
                try staged.write(path, data)
            }
            let support = making.value
            timer.mark("pages+support")
            let supportPaths = support.keys.sorted()
            let cancellation = pipeline.cancellation
            let outcomes = Parallel.map(supportPaths) { path in
                Result {
                    try cancellation.check()
                    return try staged.write(path, support[path]!.contents())
                }
            }
            var written = pages.written
            for (path, outcome) in zip(supportPaths, outcomes) where try outcome.get() { written.append(path) }
            timer.mark("files")
            state.outputs = pages.records.merging(support.mapValues(\.record)) { page, _ in page }
            // The last chance to stop: after the swap the new site is served.
            try cancellation.check()
            return try staged.commit(written: written, files: Set(state.outputs.keys))
        } catch let diagnostic as Diagnostic {
            staged.abandon()
            throw diagnostic
        } catch {
            staged.abandon()
            throw staged.failure(error)
        }
    }
}
