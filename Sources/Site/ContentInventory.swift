import Diagnostics
import Foundation

/// Every file under the content folder, split into Markdown pages and the files copied
/// beside them (images, data files). Paths are content-relative with `/` separators.
struct ContentInventory: Sendable, Hashable {
    var markdownFiles: [String] = []
    var bundleFiles: [String] = []

    /// Data files that diagrams read through `src:`; also copied so readers can download them.
    static let dataExtensions: Set<String> = ["yaml", "yml", "csv"]

    /// Lists `directory` recursively, skipping hidden files and `site.yaml`, in sorted order.
    static func scan(_ directory: URL) throws(Diagnostic) -> ContentInventory {
        var inventory = ContentInventory()
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey],
            options: [.skipsHiddenFiles]) else {
            throw Diagnostic.error(at: nil, "cannot list the content folder \(SourceFile.displayPath(for: directory))")
        }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if isDirectory { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            if relative == SiteSettings.fileName { continue }
            if relative.hasSuffix(".md") { inventory.markdownFiles.append(relative) }
            else { inventory.bundleFiles.append(relative) }
        }
        inventory.markdownFiles.sort()
        inventory.bundleFiles.sort()
        return inventory
    }
}
