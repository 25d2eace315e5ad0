import Diagnostics
import Markdown

extension ReportRenderer {
    /// Renders one Markdown text of the report. The report page owns the `<h1>` (the
    /// client), so headings written in the texts are moved one level down.
    func markdownHTML(_ text: String, from path: String, demoteHeadings: Bool) throws(DiagnosticError) -> String {
        var options = markdown
        options.sourcePath = path
        let rendered: RenderedMarkdown
        do {
            rendered = try MarkdownRenderer.render(text, options: options)
        } catch let error as DiagnosticError {
            throw error
        } catch let diagnostic as Diagnostic {
            throw DiagnosticError(diagnostic)
        } catch {
            throw DiagnosticError(.error(at: SourceLocation(path: path, line: 1), "cannot render Markdown: \(error)"))
        }
        return demoteHeadings ? Self.demotingHeadings(rendered.html) : rendered.html
    }

    /// `<h1>`…`<h5>` become `<h2>`…`<h6>` (deepest first, so each moves once).
    static func demotingHeadings(_ html: String) -> String {
        var result = html
        for level in stride(from: 5, through: 1, by: -1) {
            result = result.replacingOccurrences(of: "<h\(level)", with: "<h\(level + 1)")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(level + 1)>")
        }
        return result
    }
}
