import Diagnostics
import Foundation
import SiteContent
import SiteFiles

/// Two sources that would be written to one output path, or a page whose folder would sit
/// where a file goes: a content file named like a generated one (`search-index.js`,
/// `sitemap.xml`, a template asset, a static `index.html` beside a page) would silently
/// replace it or be dropped, and `search-index.js.md` would need a folder named like a file.
enum OutputCollisions {
    /// One diagnostic per content file or page that collides, at that file.
    static func problems(
        pages: [String: Page], bundleFiles: [String], generated: Set<String>,
        contentDirectory: URL
    ) -> [Diagnostic] {
        var owners: [String: String] = [:]
        for path in generated { owners[path] = "Orgbook's generated \(path)" }
        for page in pages.values { owners[page.outputPath] = "the page \(page.displayPath)" }
        var problems: [Diagnostic] = []
        func at(_ contentPath: String) -> SourceLocation {
            SourceLocation(path: SourceFile.displayPath(for: contentDirectory.appendingPathComponent(contentPath)), line: 1)
        }
        for file in bundleFiles {
            if let owner = owners[file] {
                problems.append(
                    .error(
                        at: at(file), "this file would be written over by \(owner)",
                        hint: "rename or move the file; Orgbook writes \(file) itself"))
            } else {
                owners[file] = "the file \(file)"
            }
        }
        // Every folder some output needs, against every file output.
        for page in pages.values.sorted(by: { $0.sourcePath < $1.sourcePath }) where !page.isGenerated {
            var folder = (page.outputPath as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                if let owner = owners[folder] {
                    problems.append(
                        .error(
                            at: at(page.sourcePath), "this page needs a folder \(folder)/ where \(owner) is written",
                            hint: "rename the page so its URL does not end like a file name"))
                    break
                }
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        return problems
    }
}
