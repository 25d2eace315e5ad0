import Diagnostics
import Foundation
import Reports
import Site

/// Where the report's parts landed in a printed PDF, read from the PDF itself: the
/// contents link to every part by its id, and Chromium writes a named destination for
/// each link target, pointing at the page the part starts on. No other program is needed.
enum PDFHeadingPages {
    /// Page numbers (1-based) by contents id; ids the PDF has no destination for are left
    /// out (their contents line keeps its placeholder).
    static func find(_ entries: [ReportExporter.ContentsEntry], in pdf: URL) throws(DiagnosticError) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: pdf.path) else {
            throw DiagnosticError(.error(at: nil, "cannot read the printed PDF \(pdf.path) back"))
        }
        let destinations: [String: Int]
        do { destinations = try PDFNamedDestinations.pages(in: [UInt8](data)) } catch {
            throw DiagnosticError(
                .error(
                    at: nil, "cannot number the PDF's contents: the printed PDF could not be read (\(error))",
                    hint: "check that Chromium prints a valid PDF: \(Chromium.names[0]) --headless --print-to-pdf=/tmp/t.pdf about:blank"))
        }
        var found: [String: Int] = [:]
        for entry in entries { found[entry.id] = destinations[entry.id] }
        if !entries.isEmpty, found.isEmpty {
            throw DiagnosticError(
                .error(
                    at: nil, "cannot number the PDF's contents: the printed PDF has no destination for any part",
                    hint: "use Chromium 120 or later, which writes a destination for every linked part"))
        }
        return found
    }
}
