import ByteText
import Diagnostics
import Foundation
import ReportModel
import SiteFiles
import YAML

/// `Content/site.yaml`: the site's title, language, base URL and options.
public struct SiteSettings: Sendable, Hashable {
    /// `title:`, the site's name in every page's header.
    public var title: String = "Orgbook"
    /// `language:`, the pages' `lang` attribute.
    public var language: String = "en"
    /// The absolute URL the site is published at (for the sitemap); may be empty.
    public var baseURL: String = ""
    /// `description:`, the meta description of pages that give none.
    public var description: String = ""
    /// Pass raw HTML in Markdown through instead of omitting it.
    public var rawHTML: Bool = false
    /// The consultancy's `brand:`, which a report's own `brand:` overrides key by key.
    public var brand = Brand()
    /// Every key of the file, for templates (`site.params.…`).
    public var params: [String: YAMLValue] = [:]

    /// The settings of a site without `site.yaml`.
    public init() {}

    /// The name of the settings file inside the content folder.
    public static let fileName = "site.yaml"

    /// Reads `site.yaml` from `contentDirectory`; a missing file gives the defaults.
    public static func load(contentDirectory: URL) throws(Diagnostic) -> SiteSettings {
        let url = contentDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteSettings() }
        let path = SourceFile.displayPath(for: url)
        let text = try SourceFile.readText(at: url, displayPath: path)
        var settings = SiteSettings()
        guard
            let mapping = try FrontMatter.composeMapping(
                text, path: path, firstLine: 1, what: "site.yaml",
                example: "title: CX Playbook")
        else { return settings }
        for pair in mapping.pairs {
            guard let key = pair.key.text else { continue }
            let value = YAMLValue(node: pair.value)
            settings.params[key] = value
            let here = FrontMatter.location(of: pair.value, path: path, firstLine: 1)
            switch key {
            case "title": settings.title = value.text ?? settings.title
            case "language": settings.language = value.text ?? settings.language
            case "description": settings.description = value.text ?? ""
            case "baseURL":
                let url = value.text ?? ""
                if URLPolicy.isDangerous(url) {
                    throw Diagnostic.error(
                        at: here, "`baseURL` uses a scheme a site cannot be published at",
                        hint: "write the address the site is served from, e.g. `baseURL: https://cx.example.com/`")
                }
                settings.baseURL = url.isEmpty || url.hasSuffix("/") ? url : url + "/"
            case "brand":
                do { settings.brand = try Brand.read(pair.value, path: path).brand } catch {
                    throw error.diagnostics.first { $0.severity == .error } ?? Diagnostic.error(at: here, "`brand` is not valid")
                }
            case "rawHTML":
                guard case .bool(let flag) = value else {
                    throw Diagnostic.error(at: here, "`rawHTML` must be true or false", hint: "write `rawHTML: true` or `rawHTML: false`")
                }
                settings.rawHTML = flag
            default: break
            }
        }
        return settings
    }
}
