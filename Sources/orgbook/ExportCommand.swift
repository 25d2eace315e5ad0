import ArgumentParser
import Diagnostics
import Foundation
import Site

/// `orgbook export Content/reports/<client> -o report.html`: one client report as a single
/// self-contained HTML file, for e-mail, archives and print.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a client report as one self-contained HTML file.",
        discussion: """
        The file holds its CSS and diagrams inline and refers to no other file or host, so it \
        opens offline and prints on A4 with a running header and page numbers.
        """
    )

    @Argument(help: "The report folder (holding report.yaml).")
    var bundle: String

    @Option(name: [.short, .customLong("output")], help: "The HTML file to write.")
    var output: String

    @Option(help: "The templates folder (with report.mustache and assets/css/report.css).")
    var templates: String = "Templates"

    func run() throws {
        let export: ReportExporter.Export
        do {
            export = try ReportExporter.export(bundle: bundle, templatesDirectory: URL(fileURLWithPath: templates))
        } catch {
            throw DiagnosticOutput.fail(error)
        }
        DiagnosticOutput.print(export.warnings)
        do {
            try Data(export.html.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw DiagnosticOutput.fail(Diagnostic.error(at: nil, "cannot write \(output): \(error.localizedDescription)",
                                                         hint: "check that the folder exists and is writable"))
        }
        print("wrote \(output) (\(export.html.utf8.count / 1024) KB)")
    }
}
