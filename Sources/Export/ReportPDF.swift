import Diagnostics
import Foundation
import Reports
import Site

/// `orgbook export BUNDLE -o report.pdf`: the report's self-contained HTML printed by
/// headless Chromium, twice. The first print has placeholder page numbers in the
/// contents; where each part landed is read back from its named destinations
/// (`PDFHeadingPages`), and the second print carries the real numbers. The placeholders
/// take the numbers' room, so nothing moves.
public enum ReportPDF {
    /// The printed document, the warnings of the export, and the pages found per part.
    public struct Export: Sendable {
        public var pdf: Data
        public var warnings: [Diagnostic]
        public var pageNumbers: [String: Int]
    }

    /// `output` names the PDF in the error when the report would show a private value
    /// (the check runs on the HTML it is printed from, before Chromium starts).
    public static func export(
        bundle: String, templatesDirectory: URL, output: String? = nil, timeout: Double = 120
    ) throws(DiagnosticError) -> Export {
        // Made first: a report that would show a private value stops here, before a browser
        // is looked for or started.
        let draft = try ReportExporter.export(bundle: bundle, templatesDirectory: templatesDirectory, pageNumbers: [:], output: output)
        let browser = try Chromium.locate()
        let printer = ChromiumPrinter(browser: browser, timeout: timeout)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-pdf-\(UUID().uuidString)", isDirectory: true)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw DiagnosticError(.error(at: nil, "cannot create a temporary folder: \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        let draftPDF = try printed(draft.html, named: "draft", in: folder, printer: printer)
        let pages = try PDFHeadingPages.find(draft.contents, in: draftPDF)
        let final = try ReportExporter.export(bundle: bundle, templatesDirectory: templatesDirectory, pageNumbers: pages, output: output)
        let finalPDF = try printed(final.html, named: "report", in: folder, printer: printer)
        guard let data = FileManager.default.contents(atPath: finalPDF.path) else {
            throw DiagnosticError(.error(at: nil, "cannot read the printed PDF back"))
        }
        return Export(pdf: data, warnings: final.warnings, pageNumbers: pages)
    }

    private static func printed(
        _ html: String, named name: String, in folder: URL,
        printer: ChromiumPrinter
    ) throws(DiagnosticError) -> URL {
        let page = folder.appendingPathComponent(name + ".html")
        let pdf = folder.appendingPathComponent(name + ".pdf")
        do { try Data(html.utf8).write(to: page) } catch {
            throw DiagnosticError(.error(at: nil, "cannot write \(page.path): \(error.localizedDescription)"))
        }
        try printer.print(page, to: pdf)
        return pdf
    }
}
