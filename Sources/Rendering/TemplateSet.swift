import ByteText
import Diagnostics
import Foundation
import SiteFiles
import Templates

/// The Mustache layouts and partials of `Templates/`, compiled once. Names are paths without
/// the extension: `page`, `partials/nav`.
package struct TemplateSet: Sendable {
    var library: TemplateLibrary
    package var names: Set<String>
    /// Content-relative paths of the files under `Templates/assets/`.
    package var assets: [String]

    package static let assetsFolder = "assets"

    /// Loads every `.mustache` file under `directory`; reports every syntax error and every
    /// partial that does not exist, each with its file and line.
    package static func load(from directory: URL) throws(DiagnosticError) -> TemplateSet {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(
                .error(
                    at: nil, "the templates folder \(SourceFile.displayPath(for: directory)) does not exist",
                    hint: "pass --templates PATH, or run `orgbook new DIR` for a site with templates"))
        }
        let prefix = root.path + "/"
        var sources: [(name: String, path: String, text: String)] = []
        var assets: [String] = []
        var problems: [Diagnostic] = []
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            if relative.hasPrefix(assetsFolder + "/") {
                assets.append(String(relative.dropFirst(assetsFolder.count + 1)))
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let display = SourceFile.displayPath(for: url)
            do {
                sources.append(
                    (String(relative.dropLast(".mustache".count)), display, try SourceFile.readText(at: url, displayPath: display)))
            } catch {
                problems.append(error)
            }
        }
        let library: TemplateLibrary?
        do {
            library = try TemplateLibrary(sources.map { TemplateLibrary.Source(name: $0.name, path: $0.path, text: $0.text) })
        } catch {
            library = nil
            problems += error.diagnostics
        }
        guard let library, problems.isEmpty else { throw DiagnosticError(problems) }
        return TemplateSet(library: library, names: library.names, assets: assets.sorted())
    }

    /// Layout `template` rendered with `context`; empty when there is no such template.
    package func render(_ context: TemplateObject, template: String) throws(Diagnostic) -> String {
        try library.render(template, context: context) ?? ""
    }

    /// Layout `template` rendered with `context` as file contents (UTF-8). `memo` (one
    /// thread's) carries reused list items' output from one page to the next.
    package func renderData(_ context: TemplateObject, template: String, memo: TemplateMemo? = nil) throws(Diagnostic) -> Data {
        Data(sharing: try library.renderBytes(template, context: context, memo: memo) ?? [])
    }
}
