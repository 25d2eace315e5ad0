import ArgumentParser
import Diagnostics
import Foundation
import Site

/// `orgbook export Content/reports/<client> -o report.html`: one client report as a single
/// self-contained HTML file, for e-mail, archives and print.
/// `orgbook export --site Content -o site.zip`: the whole site, built offline and zipped.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a client report as one self-contained HTML file, or a whole site as a zip.",
        discussion: """
        A report file holds its CSS and diagrams inline and refers to no other file or host, so \
        it opens offline and prints on A4 with a running header and page numbers. \
        With --site, the site is built offline (links name index.html) and zipped: unpacked \
        anywhere, it browses from file:// with navigation, search and diagrams.
        """
    )

    @Argument(help: "The report folder (holding report.yaml).")
    var bundle: String?

    @Option(help: "Export this content folder as a zipped offline site instead of a report.")
    var site: String?

    @Option(name: [.short, .customLong("output")], help: "The file to write: report.html, or site.zip with --site.")
    var output: String

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
    }

    func run() throws {
        let data: Data
        if let site {
            let export: (zip: Data, report: BuildReport)
            do {
                export = try SiteArchive.export(contentDirectory: URL(fileURLWithPath: site),
                                                templatesDirectory: URL(fileURLWithPath: templates),
                                                includeDrafts: drafts)
            } catch {
                throw DiagnosticOutput.fail(error)
            }
            try strictness.report(export.report.warnings)
            data = export.zip
        } else {
            let export: ReportExporter.Export
            do {
                export = try ReportExporter.export(bundle: bundle ?? "", templatesDirectory: URL(fileURLWithPath: templates))
            } catch {
                throw DiagnosticOutput.fail(error)
            }
            try strictness.report(export.warnings)
            data = Data(export.html.utf8)
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw DiagnosticOutput.fail(Diagnostic.error(at: nil, "cannot write \(output): \(error.localizedDescription)",
                                                         hint: "check that the folder exists and is writable"))
        }
        print("wrote \(output) (\(data.count / 1024) KB)")
    }
}
