import Diagnostics
import Foundation

/// Prints an HTML file to PDF with headless Chromium's command line: no header or footer
/// of Chromium's own (the document's `@page` margin boxes draw them), an outline from the
/// headings (`--generate-pdf-document-outline`, Chromium 120+), and a throwaway profile.
struct ChromiumPrinter {
    var browser: String
    /// Seconds before the browser is killed.
    var timeout: Double = 120

    func print(_ html: URL, to pdf: URL) throws(DiagnosticError) {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer", "--generate-pdf-document-outline",
            "--print-to-pdf=\(pdf.path)", html.absoluteString,
        ]
        // Chromium refuses to run as root inside its sandbox (containers, CI).
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        let result: ChildProcess.Result
        do { result = try ChildProcess.run(browser, arguments, timeout: timeout) } catch {
            throw DiagnosticError(.error(at: nil, "cannot start \(browser): \(error.localizedDescription)", hint: Chromium.installHint))
        }
        if result.timedOut {
            try? FileManager.default.removeItem(at: pdf)
            throw DiagnosticError(
                .error(
                    at: nil, "Chromium did not finish printing within \(Int(timeout)) s and was stopped",
                    hint: "try again; if it keeps happening, run \(browser) --headless --print-to-pdf by hand to see why"))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
        guard result.status == 0, size > 0 else {
            try? FileManager.default.removeItem(at: pdf)
            let detail = result.output.split(separator: "\n").suffix(3).joined(separator: " / ")
            throw DiagnosticError(
                .error(
                    at: nil, "Chromium failed to print the PDF (exit status \(result.status)): \(detail)",
                    hint: "check that \(browser) runs: \(browser) --headless --print-to-pdf=/tmp/t.pdf about:blank"))
        }
    }
}
