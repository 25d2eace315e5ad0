import Diagnostics
import Foundation
import Site

/// Where the report's parts landed in a printed PDF, read back with poppler's `pdftotext`:
/// each part starts a page, so its page is the first one, after the previous part's,
/// whose text (the margin boxes' texts left out) begins with the part's title.
enum PDFHeadingPages {
    static let installHint = "install poppler's tools (Debian/Ubuntu: `sudo apt-get install -y poppler-utils`)"

    /// Page numbers (1-based) by contents id; ids not found are left out.
    static func find(_ entries: [ReportExporter.ContentsEntry], in pdf: URL, marginTexts: [String]) throws(DiagnosticError) -> [String: Int]
    {
        guard let pdftotext = Executable.find(["pdftotext"]) else {
            throw DiagnosticError(.error(at: nil, "cannot number the PDF's contents: pdftotext was not found on PATH", hint: installHint))
        }
        let text = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-pages-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: text) }
        let result = try? ChildProcess.run(pdftotext, ["-enc", "UTF-8", pdf.path, text.path], timeout: 60)
        guard let result, result.status == 0, let pagesText = try? String(contentsOf: text, encoding: .utf8) else {
            throw DiagnosticError(.error(at: nil, "pdftotext could not read the printed PDF", hint: installHint))
        }
        return pages(of: entries, pages: pagesText.components(separatedBy: "\u{0C}"), marginTexts: marginTexts)
    }

    /// The matching itself, on the text of each page (form-feed separated, as pdftotext
    /// writes them). `marginTexts` (client, date, confidentiality line) and "Page N of M"
    /// are dropped from the start of a page, in whatever order the PDF holds them.
    static func pages(of entries: [ReportExporter.ContentsEntry], pages: [String], marginTexts: [String]) -> [String: Int] {
        let margins = marginTexts.map(collapsed).filter { !$0.isEmpty }
        let bodies = pages.map { body(collapsed($0), margins: margins) }
        var found: [String: Int] = [:]
        var next = 0
        for entry in entries {
            let title = collapsed(entry.title)
            guard let index = bodies.indices.dropFirst(next).first(where: { bodies[$0].hasPrefix(title) }) else { continue }
            found[entry.id] = index + 1
            next = index + 1
        }
        return found
    }

    private static func body(_ page: String, margins: [String]) -> Substring {
        var rest = Substring(page)
        while true {
            rest = rest.drop { $0 == " " }
            if let margin = margins.first(where: { rest.hasPrefix($0) }) {
                rest = rest.dropFirst(margin.count)
            } else if let counter = rest.prefixMatch(of: /Page \d+ of \d+/) {
                rest = rest[counter.range.upperBound...]
            } else {
                return rest
            }
        }
    }

    /// Runs of white space (line breaks included) as one space, so a wrapped title matches.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
