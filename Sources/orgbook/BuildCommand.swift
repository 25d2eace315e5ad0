import ArgumentParser
import Foundation
import Site

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder."
    )

    @OptionGroup var site: SiteOptions
    @OptionGroup var strictness: Strictness

    func run() throws {
        let report: BuildReport
        do {
            let builder = SiteBuilder(configuration: site.buildConfiguration)
            builder.keepsSourcesForRebuilds = false
            report = try builder.build()
            // The site's tables go with the process: letting them go one by one on the way
            // out took a tenth of a second at 10,000 pages, for nothing.
            _ = Unmanaged.passRetained(builder)
        } catch {
            throw DiagnosticOutput.fail(error)
        }
        try strictness.report(report.warnings)
        let warnings = report.warnings.isEmpty ? "" : ", \(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s")"
        print(
            "Built \(report.pageCount) page\(report.pageCount == 1 ? "" : "s") into \(site.output) in \(report.duration.milliseconds) ms (\(report.filesWritten) file\(report.filesWritten == 1 ? "" : "s") written\(warnings))"
        )
    }
}

extension Duration {
    /// Whole milliseconds, for one-line summaries.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
