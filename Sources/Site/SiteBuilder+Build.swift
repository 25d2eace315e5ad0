import Diagnostics
import Foundation

extension SiteBuilder {
    /// Loads everything, renders every page, and replaces the output only on success.
    func fullBuild() throws(DiagnosticError) -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let pipeline = self.pipeline
        let state = try pipeline.assemble()
        let result: OutputWriter.Result
        do { result = try OutputWriter(output: configuration.outputDirectory).replaceAll(with: state.outputs) } catch { throw DiagnosticError(error) }
        self.state = state
        return BuildReport(pageCount: state.pageCount, filesWritten: result.written, duration: clock.now - start,
                           warnings: pipeline.warnings(state, linkSeverity: .warning), changedOutputs: result.changed)
    }
}
