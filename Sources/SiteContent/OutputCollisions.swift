import Diagnostics
import Foundation
import SiteFiles

/// Two sources that would be written to one output path, or a page whose folder would sit
/// where a file goes: a content file named like a generated one (`search-index.js`,
/// `sitemap.xml`, a template asset, a static `index.html` beside a page) would silently
/// replace it or be dropped, and `search-index.js.md` would need a folder named like a file.
public enum OutputCollisions {
    /// Who writes an output path; described only when it collides, since every page of
    /// the site has one.
    private enum Owner {
        case generated
        case page(Page)
        case file

        func described(_ path: String) -> String {
            switch self {
            case .generated: "Orgbook's generated \(path)"
            case .page(let page): "the page \(page.displayPath)"
            case .file: "the file \(path)"
            }
        }
    }

    /// One diagnostic per content file or page that collides, at that file; pages in the
    /// order of their source paths.
    public static func problems(
        pages: [String: Page], bundleFiles: [String], generated: Set<String>,
        contentDirectory: URL
    ) -> [Diagnostic] {
        var owners: [String: Owner] = [:]
        owners.reserveCapacity(generated.count + pages.count + bundleFiles.count)
        for path in generated { owners[path] = .generated }
        let outputs = pages.values.map { ($0, $0.outputPath) }
        for (page, outputPath) in outputs { owners[outputPath] = .page(page) }
        func at(_ contentPath: String) -> SourceLocation {
            SourceLocation(path: SourceFile.displayPath(for: contentDirectory.appendingPathComponent(contentPath)), line: 1)
        }
        var problems: [Diagnostic] = []
        for file in bundleFiles {
            if let owner = owners[file] {
                problems.append(
                    .error(
                        at: at(file), "this file would be written over by \(owner.described(file))",
                        hint: "rename or move the file; Orgbook writes \(file) itself"))
            } else {
                owners[file] = .file
            }
        }
        // Every folder some output needs, against every file output. Pages share folders,
        // so a folder found clean (with every folder above it) is not looked at again.
        var clean: Set<Substring> = []
        var misplaced: [(sourcePath: String, problem: Diagnostic)] = []
        pages: for (page, outputPath) in outputs where !page.isGenerated {
            let first = parent(of: outputPath[...])
            var folder = first
            while !folder.isEmpty, !clean.contains(folder) {
                let path = String(folder)
                if let owner = owners[path] {
                    misplaced.append(
                        (
                            page.sourcePath,
                            .error(
                                at: at(page.sourcePath), "this page needs a folder \(path)/ where \(owner.described(path)) is written",
                                hint: "rename the page so its URL does not end like a file name")
                        ))
                    continue pages
                }
                folder = parent(of: folder)
            }
            // No collision: the folders walked, up to a clean one or the top, are clean too.
            var walked = first
            while walked != folder {
                clean.insert(walked)
                walked = parent(of: walked)
            }
        }
        return problems + misplaced.sorted { $0.sourcePath < $1.sourcePath }.map(\.problem)
    }

    /// The folder holding `path`: what comes before its last `/`, or empty at the top.
    private static func parent(of path: Substring) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }
}
