import Diagnostics
import Diagrams
import Foundation
import Layout
import Markdown
import OrgData
import OrgModel
import Rendering
import ReportModel
import SiteContent
import Templates
import Typesetting

/// `orgbook export`: one report as a single HTML file that needs nothing else — the CSS
/// inline, the diagrams inline SVG, images embedded, links to other pages made plain —
/// laid out for A4 paper with a running header and page numbers.
public enum ReportExporter {
    /// The template and the stylesheets the export uses, inside the templates folder.
    public static let templateName = "report"
    public static let stylesheet = "assets/css/report.css"
    /// The diagrams' site theme, inlined before the report's own sheet when present.
    public static let diagramStylesheet = "assets/css/diagrams.css"

    /// The exported document and the warnings found on the way.
    public struct Export: Sendable {
        public var html: String
        public var warnings: [Diagnostic]
        /// The contents entries (id and title) in reading order, for finding their pages.
        public var contents: [ContentsEntry] = []
    }

    /// One line of the report's contents.
    public struct ContentsEntry: Sendable, Hashable {
        public var id: String
        public var title: String
    }

    /// Loads the bundle in `bundle` (a folder holding `report.yaml`) and renders it with
    /// `report.mustache` and `report.css` from `templatesDirectory`. Diagram fences in the
    /// report's Markdown sections are drawn inline like in the site.
    ///
    /// The brand is the `site.yaml` of the nearest folder above the bundle that has one,
    /// under the report's own `brand:`. `pageNumbers` (contents id → page) puts page
    /// numbers in the contents, for the PDF; an empty dictionary prints placeholders.
    /// The HTML must hold no value the report's charts mark `private:` (the PDF is printed
    /// from it); `output` names the file for that error.
    public static func export(
        bundle: String, templatesDirectory: URL,
        pageNumbers: [String: Int]? = nil, output: String? = nil
    ) throws(DiagnosticError) -> Export {
        let loaded: LoadedReport
        do { loaded = try ReportLoader.load(bundle: bundle) } catch {
            throw DiagnosticError(error, at: nil)
        }
        let template = templatesDirectory.appendingPathComponent(templateName + ".mustache")
        let css = templatesDirectory.appendingPathComponent(stylesheet)
        _ = try read(template)  // a clear error when the folder has no report.mustache
        let diagramCSS = try? String(contentsOf: templatesDirectory.appendingPathComponent(diagramStylesheet), encoding: .utf8)
        let cssText = (diagramCSS.map { $0 + "\n" } ?? "") + (try read(css))

        let embedding = embeddingRewriter(folder: loaded.report.directory)
        let diagrams = DiagramFenceRenderer(
            cache: DiagramCache(), baseDirectory: loaded.report.directory, pageURL: "",
            offline: true, linkRewriter: { _ in nil })
        let siteBrand = try self.siteBrand(above: loaded.report.directory)
        let font = siteBrand.overridden(by: loaded.report.brand).fontFile.map(DiagramFont.init)
        diagrams.font = font
        var markdown = MarkdownOptions()
        markdown.fenceRenderers = diagrams.registrations
        markdown.linkRewriter = embedding
        let renderer = ReportRenderer(markdown: markdown, linkRewriter: { _ in nil }, selfContained: true)
        let rendered = try DiagramFont.drawing(with: font) { () throws(DiagnosticError) in try renderer.render(loaded.report) }
        let values = rendered.mustacheValue(siteBrand: siteBrand, pageNumbers: pageNumbers)

        // The whole folder compiles, as for a site, so partials resolve and every syntax
        // error is reported at its line.
        let templates = try TemplateSet.load(from: templatesDirectory)
        let context: TemplateObject = [
            "isExport": .bool(true),
            "exportCSS": .text(cssText),
            "site": .object(["language": .text("en"), "title": .text(loaded.report.client)]),
            "page": .object(["title": .text("\(loaded.report.client) — organisation report")]),
            "report": values,
        ]
        let page: String
        do { page = try templates.render(context, template: templateName) } catch { throw DiagnosticError(error) }
        let html = SelfContainedHTML.removingOutsideReferences(page)
        let leftovers = SelfContainedHTML.externalReferences(in: html)
        guard leftovers.isEmpty else {
            throw DiagnosticError(
                .error(
                    at: SourceLocation(path: template.path, line: 1),
                    "the export still refers to other files: \(leftovers.prefix(5).joined(separator: ", "))",
                    hint: "keep links, images and url() in report.mustache and report.css inside the page"))
        }
        var privateValues = loaded.report.privateValues
        privateValues.formUnion(diagrams.privateValues)
        do { try PrivacyGuard(privateValues).check(Data(html.utf8), writing: output ?? "the report HTML of \(bundle)") } catch {
            throw DiagnosticError(error)
        }
        return Export(
            html: html, warnings: loaded.warnings + diagrams.warnings,
            contents: rendered.contents.map { ContentsEntry(id: $0.id, title: $0.title) })
    }

    /// The brand of the site the bundle sits in: the first `site.yaml` in the folders
    /// above it (none: no brand).
    public static func siteBrand(above folder: String) throws(DiagnosticError) -> Brand {
        var directory = URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL
        while directory.path != "/" {
            directory.deleteLastPathComponent()
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(SiteSettings.fileName).path) else { continue }
            do { return try SiteSettings.load(contentDirectory: directory).brand } catch { throw DiagnosticError(error) }
        }
        return Brand()
    }

    private static func read(_ url: URL) throws(DiagnosticError) -> String {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DiagnosticError(
                .error(
                    at: nil, "cannot read \(url.path)",
                    hint: "pass --templates with the folder holding report.mustache and assets/css/report.css"))
        }
        return text
    }

    /// PNG, JPEG, GIF and WebP images next to the report become `data:` URIs (the ones
    /// cmark's safe mode lets through); every other relative link is left
    /// for `SelfContainedHTML` to make plain.
    static func embeddingRewriter(folder: String) -> @Sendable (String) -> String? {
        let types = [
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
            "webp": "image/webp",
        ]
        return { destination in
            guard !destination.hasPrefix("#"), !destination.contains(":") else { return nil }
            let path = destination.split(separator: "#", maxSplits: 1).first.map(String.init) ?? destination
            let ext = (path as NSString).pathExtension.lowercased()
            guard let type = types[ext] else { return nil }
            let file = folder.isEmpty ? path : folder + "/" + path
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            return "data:\(type);base64,\(data.base64EncodedString())"
        }
    }
}
