import Diagnostics
import OrgModel
import Rendering
import ReportModel
import SiteContent

/// A report section file read like a page: optional front matter (`title`, `weight`), then
/// the Markdown body.
package struct PreparedReportSection: Sendable {
    var path: String
    var title: String
    var weight: Int?
    var body: String
    /// Lines before the body, so Markdown positions point at the file's own lines.
    var bodyLineOffset: Int

    /// Splits each section's front matter off and orders the sections: by `weight` (like
    /// pages), sections without one after those with one, each group in the order given
    /// (the `sections:` list, or file names). Every front matter error is thrown together.
    static func prepare(_ sections: [ReportSection]) throws(DiagnosticError) -> [PreparedReportSection] {
        var prepared: [PreparedReportSection] = []
        var problems: [Diagnostic] = []
        for section in sections {
            do {
                let split = try FrontMatter.split(section.text, path: section.path)
                // Without a `title:`, the first heading of the body names the section, as before.
                let title = split.frontMatter.title ?? ReportSection(path: section.path, text: split.body).title
                var body = split.body
                var offset = split.bodyLineOffset
                // A title given only in front matter still heads the section on the page: as a
                // Markdown heading (punctuation escaped) in the two lines the front matter used.
                if let given = split.frontMatter.title, !ReportSection(path: section.path, text: body).hasOwnHeading {
                    body = "# " + Self.escapingMarkdown(given) + "\n\n" + body
                    offset -= 2
                }
                prepared.append(
                    PreparedReportSection(
                        path: section.path, title: title, weight: split.frontMatter.weight,
                        body: body, bodyLineOffset: offset))
            } catch {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return prepared.enumerated().sorted { left, right in
            (left.element.weight ?? .max, left.offset) < (right.element.weight ?? .max, right.offset)
        }.map(\.element)
    }

    /// `text` with every ASCII punctuation character backslash-escaped, so it reads as
    /// plain text in Markdown (CommonMark allows the escape before any of them).
    static func escapingMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

private extension ReportSection {
    /// True when the text has a level-1 or level-2 ATX heading (what `title` would find).
    var hasOwnHeading: Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("# ") || $0.hasPrefix("## ") }
    }
}
