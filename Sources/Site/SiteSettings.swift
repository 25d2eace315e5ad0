import Diagnostics
import Foundation
import Yams

/// `Content/site.yaml`: the site's title, language, base URL and options.
public struct SiteSettings: Sendable, Hashable {
    public var title: String = "Orgbook"
    public var language: String = "en"
    /// The absolute URL the site is published at (for the sitemap); may be empty.
    public var baseURL: String = ""
    public var description: String = ""
    /// Pass raw HTML in Markdown through instead of omitting it.
    public var rawHTML: Bool = false
    /// Every key of the file, for templates (`site.params.…`).
    public var params: [String: YAMLValue] = [:]

    public init() {}

    /// The name of the settings file inside the content folder.
    public static let fileName = "site.yaml"

    /// Reads `site.yaml` from `contentDirectory`; a missing file gives the defaults.
    static func load(contentDirectory: URL) throws(Diagnostic) -> SiteSettings {
        let url = contentDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteSettings() }
        let path = SourceFile.displayPath(for: url)
        let text = try SourceFile.readText(at: url, displayPath: path)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw FrontMatter.yamlDiagnostic(error, path: path, firstLine: 1)
        }
        var settings = SiteSettings()
        guard let node else { return settings }
        guard case .mapping(let mapping) = node else {
            throw Diagnostic.error(at: SourceLocation(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1),
                                   "site.yaml must be a mapping of keys to values",
                                   hint: "write one `key: value` per line, e.g. `title: CX Playbook`")
        }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            let value = YAMLValue(node: valueNode)
            settings.params[key] = value
            let here = SourceLocation(path: path, line: valueNode.mark?.line ?? 1, column: valueNode.mark?.column ?? 1)
            switch key {
            case "title": settings.title = value.text ?? settings.title
            case "language": settings.language = value.text ?? settings.language
            case "description": settings.description = value.text ?? ""
            case "baseURL":
                let url = value.text ?? ""
                settings.baseURL = url.isEmpty || url.hasSuffix("/") ? url : url + "/"
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

    /// The values templates see as `site`.
    var mustacheValue: TemplateValue {
        .object([
            "title": .text(title), "language": .text(language), "baseURL": .text(baseURL), "description": .text(description),
            "params": .object(TemplateObject(params.mapValues(\.mustacheValue))),
        ])
    }
}
