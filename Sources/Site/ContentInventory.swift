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
    /// Reads folders with `opendir`/`readdir`, whose entries carry their type: no `stat`
    /// per file (Foundation's enumerator asked for resource values file by file, a tenth
    /// of a 1,000-page check). Symbolic links to files count as files, and so do broken
    /// links (reading one reports it); links to folders are not followed, so a link
    /// cannot make a cycle.
    static func scan(_ directory: URL) throws(Diagnostic) -> ContentInventory {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath().path
        var inventory = ContentInventory()
        var folders: [String] = [""]
        while let folder = folders.popLast() {
            guard let stream = opendir(folder.isEmpty ? root : root + "/" + folder) else {
                // A folder deleted while the site is read (the preview server rebuilds as
                // files move) is simply gone.
                if !folder.isEmpty && errno == ENOENT { continue }
                if folder.isEmpty {
                    throw Diagnostic.error(at: nil, "cannot list the content folder \(SourceFile.displayPath(for: directory))",
                                           hint: "check that it exists and is readable")
                }
                throw Diagnostic.error(at: nil, "cannot list the folder \(SourceFile.displayPath(for: directory.appendingPathComponent(folder)))",
                                       hint: "check its permissions, or move it out of the content folder")
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                switch Self.kind(of: entry.pointee.d_type, path: root + "/" + relative) {
                case .folder: folders.append(relative)
                case .file:
                    if relative == SiteSettings.fileName { continue }
                    if relative.hasSuffix(".md") { inventory.markdownFiles.append(relative) }
                    else { inventory.bundleFiles.append(relative) }
                case .other: continue
                }
            }
        }
        inventory.markdownFiles.sort()
        inventory.bundleFiles.sort()
        ReportPages.setAsideSections(&inventory)
        return inventory
    }

    private enum EntryKind { case folder, file, other }

    /// A directory entry's kind from its `d_type`; `stat` only for links and for file
    /// systems that leave the type unknown.
    private static func kind(of type: UInt8, path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            var info = stat()
            // A dangling link is listed as a file, so reading it reports the problem.
            guard stat(path, &info) == 0 else { return .file }
            let format = info.st_mode & S_IFMT
            if format == S_IFREG { return .file }
            // A real folder of unknown type is walked; a link to a folder is not.
            if format == S_IFDIR, Int32(type) == Int32(DT_UNKNOWN) { return .folder }
            return .other
        default: return .other
        }
    }
}
