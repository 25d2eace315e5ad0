import Diagnostics
import OrgModel

/// A loaded and validated report plus the warnings found, and every file it read.
public struct LoadedReport: Sendable {
    public var report: Report
    public var warnings: [Diagnostic]
    /// `report.yaml` and every file it named (tree, org charts, matrix, stages, sections),
    /// so a watcher knows what the report depends on.
    public var dependencies: [String]

    public init(report: Report, warnings: [Diagnostic], dependencies: [String]) {
        self.report = report
        self.warnings = warnings
        self.dependencies = dependencies
    }
}
