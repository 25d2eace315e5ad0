import ArgumentParser
import Diagnostics
import Export
import Foundation
import Office
import OrgData
import OrgModel
import ReportModel
import Reports
import Site

/// `orgbook export Content/reports/<client> -o report.html|.pdf|.zip|.pptx|.xlsx`: one client report as
/// a single self-contained HTML file, a paged PDF printed by headless Chromium, or an
/// offline site holding that client alone.
/// `orgbook export --site Content -o site.zip`: the whole site, built offline and zipped,
/// client reports left out unless `--include-reports`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a client report as HTML, PDF or an offline zip, or a whole site as a zip.",
        discussion: """
            The format follows the output's extension (.html, .pdf, .zip, .pptx, .xlsx, .csv) or --format. \
            A .pptx is an editable deck (org charts as native shapes and connectors, tables as native tables); \
            a .xlsx holds the units, changes, metrics and ownership matrix as sheets. \
            A .csv is the report's change list: units and people that change, and tasks that change hands. \
            A report HTML file holds its CSS and diagrams inline and refers to no other file or host. \
            A PDF is that file printed by headless Chromium (on PATH or named by ORGBOOK_CHROMIUM): \
            a cover, contents with page numbers, each part on a new page, a running header and \
            footer, and bookmarks. A report zip is the site with that client's report and no other. \
            With --site, the site is built offline (links name index.html) and zipped, without \
            client reports unless --include-reports: unpacked anywhere, it browses from file://.
            """
    )

    @Argument(help: "The report folder (holding report.yaml).")
    var bundle: String?

    @Option(help: "Export this content folder as a zipped offline site instead of a report.")
    var site: String?

    @Option(
        name: [.short, .customLong("output")],
        help: "The file to write: report.html, .pdf, .zip, .pptx, .xlsx, changes.csv, or site.zip with --site.")
    var output: String

    @Option(help: "The report's format: html, pdf, zip, pptx, xlsx or csv (default: from the output's extension, else html).")
    var format: ExportFormat?

    @Flag(help: "With --site: include client reports (left out by default).")
    var includeReports = false

    @Option(help: "Seconds Chromium may take to print a PDF before it is stopped.")
    var timeout: Double = 120

    @Option(help: "The templates folder.")
    var templates: String = "Templates"

    @Flag(help: "With --site: include pages whose front matter says draft: true.")
    var drafts = false

    @OptionGroup var strictness: Strictness

    func validate() throws {
        switch (bundle, site) {
        case (nil, nil): throw ValidationError("name a report folder, or --site CONTENT for a zipped offline site")
        case (.some, .some): throw ValidationError("give a report folder or --site, not both")
        default: break
        }
        if site != nil, let format, format != .zip { throw ValidationError("--site writes a zip, not \(format.rawValue)") }
        if includeReports, site == nil { throw ValidationError("--include-reports goes with --site") }
    }

    func run() throws {
        let data: Data
        let folder = (output as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw DiagnosticOutput.fail(
                Diagnostic.error(
                    at: nil, "cannot write \(output): the folder \(folder) does not exist",
                    hint: "create it first, or write the file somewhere else"))
        }
        let name = (output as NSString).lastPathComponent
        if site == nil, format == nil, name.contains("."), ExportFormat(path: output) == nil {
            throw DiagnosticOutput.fail(
                Diagnostic.error(
                    at: nil, "cannot export to \(output): unknown extension .\((name as NSString).pathExtension)",
                    hint: "name the output .html, .pdf, .zip, .pptx or .xlsx, or give --format"))
        }
        if let site {
            let export: (zip: Data, report: BuildReport)
            do {
                export = try SiteArchive.export(
                    contentDirectory: URL(fileURLWithPath: site),
                    templatesDirectory: URL(fileURLWithPath: templates),
                    includeDrafts: drafts, includeReports: includeReports)
            } catch {
                throw DiagnosticOutput.fail(error)
            }
            try strictness.report(export.report.warnings)
            data = export.zip
        } else {
            data = try exportReport(bundle: bundle ?? "", format: format ?? ExportFormat(path: output) ?? .html)
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw DiagnosticOutput.fail(
                Diagnostic.error(
                    at: nil, "cannot write \(output): \(error.localizedDescription)",
                    hint: "check that the folder exists and is writable"))
        }
        print("wrote \(output) (\(data.count / 1024) KB)")
    }

    /// The report in `format`; warnings go through `--strict` before anything is written.
    private func exportReport(bundle: String, format: ExportFormat) throws -> Data {
        let templatesDirectory = URL(fileURLWithPath: templates)
        switch format {
        case .html:
            let export: ReportExporter.Export
            do { export = try ReportExporter.export(bundle: bundle, templatesDirectory: templatesDirectory, output: output) } catch {
                throw DiagnosticOutput.fail(error)
            }
            try strictness.report(export.warnings)
            return Data(export.html.utf8)
        case .pdf:
            let export: ReportPDF.Export
            do {
                export = try ReportPDF.export(bundle: bundle, templatesDirectory: templatesDirectory, output: output, timeout: timeout)
            } catch {
                throw DiagnosticOutput.fail(error)
            }
            try strictness.report(export.warnings)
            return export.pdf
        case .csv, .pptx, .xlsx:
            let report = try loadReport(bundle).report
            do {
                let data: Data
                switch format {
                case .csv:
                    data = Data(
                        ChangeListCSV.write(
                            report.orgDiff, ownership: report.ownershipChanges,
                            legend: (report.currentOwnership?.legend ?? []) + report.ownership.legend
                        ).utf8)
                case .xlsx: data = try ReportWorkbook.make(report)
                default: data = try ReportDeck.make(report, siteBrand: ReportExporter.siteBrand(above: report.directory))
                }
                try PrivacyGuard(report.privateValues).check(data, writing: output)
                return data
            } catch {
                throw DiagnosticOutput.fail(error)
            }
        case .zip:
            let export: (zip: Data, report: BuildReport)
            do { export = try ClientBundle.export(bundle: bundle, templatesDirectory: templatesDirectory) } catch {
                throw DiagnosticOutput.fail(error)
            }
            try strictness.report(export.report.warnings)
            return export.zip
        }
    }

    /// The report's model, for the formats written from it directly (csv, pptx, xlsx); its
    /// warnings reported as `--strict` says.
    private func loadReport(_ bundle: String) throws -> LoadedReport {
        let loaded: LoadedReport
        do { loaded = try ReportLoader.load(bundle: bundle) } catch { throw DiagnosticOutput.fail(error) }
        try strictness.report(loaded.warnings)
        return loaded
    }
}
