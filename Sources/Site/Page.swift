import Diagnostics
import Foundation

/// One page of the site: a Markdown file, or a generated page for a folder that has none.
public struct Page: Sendable, Hashable {
    /// Content-relative path of the Markdown file (`guide/setup.md`); for a generated
    /// section page, the folder with a trailing slash (`guide/`).
    public var sourcePath: String
    /// The path diagnostics print.
    public var displayPath: String
    /// Site-relative URL path: `""` for home, `guide/` for a section, `guide/setup/`.
    public var urlPath: String
    /// The content folder the page belongs to (`""` at the top): for an `index.md` its own
    /// folder, otherwise the folder holding the file.
    public var sectionPath: String
    /// True for `index.md`/`_index.md` and generated folder pages.
    public var isSectionIndex: Bool
    /// True for a folder without an `index.md`: the page only lists the folder's pages.
    public var isGenerated: Bool
    public var frontMatter: FrontMatter
    public var body: String
    public var bodyLineOffset: Int

    public var isHome: Bool { urlPath.isEmpty }

    /// The folder, relative to the content root, where the Markdown file sits.
    var sourceDirectory: String {
        if isGenerated { return String(sourcePath.dropLast()) }
        // Asked for every link of every page: a byte search, not NSString.
        guard let slash = sourcePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(sourcePath[..<slash])
    }

    /// The output file: `guide/setup/index.html`.
    var outputPath: String { urlPath + "index.html" }

    /// A title for a page whose front matter names none: from the file or folder name.
    var fallbackTitle: String {
        let name: String
        if isHome { return "Home" }
        if isSectionIndex { name = (sectionPath as NSString).lastPathComponent }
        else { name = ((sourcePath as NSString).lastPathComponent as NSString).deletingPathExtension }
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension Page {
    /// Maps a content-relative Markdown path to its URL path (pretty URLs).
    static func urlPath(forSource path: String) -> (url: String, isIndex: Bool) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let folder = directory.isEmpty ? "" : directory + "/"
        if name == "index" || name == "_index" { return (folder, true) }
        return (folder + slug(name) + "/", false)
    }

    /// File names become URL segments as written, but spaces become hyphens so URLs stay whole.
    static func slug(_ name: String) -> String {
        name.replacingOccurrences(of: " ", with: "-")
    }

    /// Reads and splits one Markdown file.
    static func load(sourcePath: String, contentDirectory: URL) throws(Diagnostic) -> Page {
        let url = contentDirectory.appendingPathComponent(sourcePath)
        let display = SourceFile.displayPath(for: url)
        let text = try SourceFile.readText(at: url, displayPath: display)
        let split = try FrontMatter.split(text, path: display)
        let (urlPath, isIndex) = urlPath(forSource: sourcePath)
        let directory = (sourcePath as NSString).deletingLastPathComponent
        return Page(sourcePath: sourcePath, displayPath: display, urlPath: urlPath,
                    sectionPath: directory, isSectionIndex: isIndex, isGenerated: false,
                    frontMatter: split.frontMatter, body: split.body, bodyLineOffset: split.bodyLineOffset)
    }

    /// The page of a folder that has Markdown pages but no `index.md`.
    static func generatedSection(folder: String, contentDirectory: URL) -> Page {
        Page(sourcePath: folder + "/", displayPath: SourceFile.displayPath(for: contentDirectory.appendingPathComponent(folder)),
             urlPath: folder.isEmpty ? "" : folder + "/", sectionPath: folder, isSectionIndex: true, isGenerated: true,
             frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
    }
}
