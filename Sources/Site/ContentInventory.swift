import Diagnostics
import Foundation
import OrgModel
import ReportModel
import SiteContent
import SiteFiles

/// Every file under the content folder, split into Markdown pages and the files copied
/// beside them (images, data files). Paths are content-relative with `/` separators.
public struct ContentInventory: Sendable, Hashable {
    public internal(set) var markdownFiles: [String] = []
    public internal(set) var bundleFiles: [String] = []

    /// Data files that diagrams and reports read. They are never copied into the site:
    /// org data holds people's names and pay, and only what the diagrams draw is published.
    static let dataExtensions: Set<String> = ["yaml", "yml", "csv", "xlsx", "tsv"]

    /// True for a data file (by extension), which is read but never published.
    static func isData(_ path: String) -> Bool {
        dataExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// The files copied into the site as they are: everything beside the pages but data.
    var publishedFiles: [String] { bundleFiles.filter { !Self.isData($0) } }

    /// Lists `directory` like `scan(_:)`, without the files inside `excludedFolders`
    /// (content-relative).
    static func scan(_ directory: URL, excluding excludedFolders: [String]) throws(Diagnostic) -> ContentInventory {
        var inventory = try scan(directory)
        guard !excludedFolders.isEmpty else { return inventory }
        let prefixes = excludedFolders.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let kept = { (path: String) in !prefixes.contains { path.hasPrefix($0) } }
        inventory.markdownFiles = inventory.markdownFiles.filter(kept)
        inventory.bundleFiles = inventory.bundleFiles.filter(kept)
        return inventory
    }

    /// The folders holding a `report.yaml`, content-relative.
    public var reportFolders: [String] {
        bundleFiles.filter(ReportPages.isReportFile).map { String($0.dropLast(ReportLoader.fileName.count + 1)) }
    }

    /// Lists `directory` recursively (`FileTree`), skipping hidden files and `site.yaml`,
    /// in sorted order.
    public static func scan(_ directory: URL) throws(Diagnostic) -> ContentInventory {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let files: [String]
        var badLinks: [FileTree.BadLink] = []
        do {
            files = try FileTree.files(under: root, badLinks: &badLinks)
        } catch {
            if error.folder.isEmpty {
                throw Diagnostic.error(
                    at: nil, "cannot list the content folder \(SourceFile.displayPath(for: directory))",
                    hint: "check that it exists and is readable")
            }
            throw Diagnostic.error(
                at: nil, "cannot list the folder \(SourceFile.displayPath(for: directory.appendingPathComponent(error.folder)))",
                hint: "check its permissions, or move it out of the content folder")
        }
        if let bad = badLinks.min(by: { $0.path < $1.path }) {
            let more = badLinks.count > 1 ? " (and \(badLinks.count - 1) more)" : ""
            let place = SourceLocation(path: SourceFile.displayPath(for: directory.appendingPathComponent(bad.path)), line: 1)
            if let target = bad.target {
                throw Diagnostic.error(
                    at: place, "this symbolic link points outside the content folder, to \(target)\(more)",
                    hint: "copy the file into the content folder instead; links may only point inside it")
            }
            throw Diagnostic.error(
                at: place, "this symbolic link points to nothing, or to itself\(more)",
                hint: "remove the link or point it at a file inside the content folder")
        }
        var inventory = ContentInventory()
        for relative in files where relative != SiteSettings.fileName {
            if relative.hasSuffix(".md") { inventory.markdownFiles.append(relative) } else { inventory.bundleFiles.append(relative) }
        }
        inventory.markdownFiles.sort()
        inventory.bundleFiles.sort()
        ReportPages.setAsideSections(&inventory)
        return inventory
    }
}
