import Diagnostics
import Foundation
import SiteFiles

/// One page of the site: a Markdown file, or a generated page for a folder that has none.
///
/// A value with copy-on-write storage: pages are copied into many tables (by path, in
/// reading order, into each step's results) on every core, and a copy of the fields would
/// retain a dozen strings each time; a copy of a `Page` retains one object.
public struct Page: Sendable, Hashable {
    private struct Fields: Sendable, Hashable {
        var sourcePath: String
        var displayPath: String
        var urlPath: String
        var encodedURLPath: String
        var sectionPath: String
        var isSectionIndex: Bool
        var isGenerated: Bool
        var frontMatter: FrontMatter
        var body: String
        var bodyLineOffset: Int
    }

    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    /// A page from its parts; `load` makes one from a Markdown file.
    public init(
        sourcePath: String, displayPath: String, urlPath: String, sectionPath: String, isSectionIndex: Bool,
        isGenerated: Bool, frontMatter: FrontMatter, body: String, bodyLineOffset: Int
    ) {
        storage = Storage(
            Fields(
                sourcePath: sourcePath, displayPath: displayPath, urlPath: urlPath,
                encodedURLPath: SitePaths.percentEncodingPathBytes(urlPath), sectionPath: sectionPath,
                isSectionIndex: isSectionIndex, isGenerated: isGenerated, frontMatter: frontMatter,
                body: body, bodyLineOffset: bodyLineOffset))
    }

    /// The fields, for changing: copied first when another `Page` shares them.
    private var fields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    public static func == (lhs: Page, rhs: Page) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    /// Content-relative path of the Markdown file (`guide/setup.md`); for a generated
    /// section page, the folder with a trailing slash (`guide/`).
    public var sourcePath: String {
        get { storage.fields.sourcePath }
        set { fields.sourcePath = newValue }
    }
    /// The path diagnostics print.
    public var displayPath: String {
        get { storage.fields.displayPath }
        set { fields.displayPath = newValue }
    }
    /// Site-relative URL path: `""` for home, `guide/` for a section, `guide/setup/`.
    public var urlPath: String {
        get { storage.fields.urlPath }
        set {
            fields.urlPath = newValue
            fields.encodedURLPath = SitePaths.percentEncodingPathBytes(newValue)
        }
    }
    /// `urlPath` as links write it (`SitePaths.percentEncodingPathBytes`), encoded once:
    /// every page links to its neighbours, breadcrumbs and children.
    public var encodedURLPath: String { storage.fields.encodedURLPath }
    /// The content folder the page belongs to (`""` at the top): for an `index.md` its own
    /// folder, otherwise the folder holding the file.
    public var sectionPath: String {
        get { storage.fields.sectionPath }
        set { fields.sectionPath = newValue }
    }
    /// True for `index.md`/`_index.md` and generated folder pages.
    public var isSectionIndex: Bool {
        get { storage.fields.isSectionIndex }
        set { fields.isSectionIndex = newValue }
    }
    /// True for a folder without an `index.md`: the page only lists the folder's pages.
    public var isGenerated: Bool {
        get { storage.fields.isGenerated }
        set { fields.isGenerated = newValue }
    }
    /// The YAML block at the top of the file (empty for a generated page).
    public var frontMatter: FrontMatter {
        get { storage.fields.frontMatter }
        set { fields.frontMatter = newValue }
    }
    /// The Markdown after the front matter; emptied after a build that keeps no sources.
    public var body: String {
        get { storage.fields.body }
        set { fields.body = newValue }
    }
    /// Lines before the body, so a Markdown line maps back to the file's line.
    public var bodyLineOffset: Int {
        get { storage.fields.bodyLineOffset }
        set { fields.bodyLineOffset = newValue }
    }

    /// The site's front page (URL path "").
    public var isHome: Bool { urlPath.isEmpty }

    /// The folder, relative to the content root, where the Markdown file sits.
    public var sourceDirectory: String {
        if isGenerated { return String(sourcePath.dropLast()) }
        // Asked for every link of every page: a byte search, not NSString.
        guard let slash = sourcePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(sourcePath[..<slash])
    }

    /// The output file: `guide/setup/index.html`.
    public var outputPath: String { urlPath + "index.html" }

    /// A title for a page whose front matter names none: from the file or folder name.
    public var fallbackTitle: String {
        let name: String
        if isHome { return "Home" }
        if isSectionIndex {
            name = (sectionPath as NSString).lastPathComponent
        } else {
            name = ((sourcePath as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension Page {
    /// Maps a content-relative Markdown path to its URL path (pretty URLs).
    public static func urlPath(forSource path: String) -> (url: String, isIndex: Bool) {
        let (directory, file) = split(path)
        // The file name without its extension, as NSString's `deletingPathExtension`
        // (a leading dot is a name, not an extension).
        var name = Substring(file)
        if let dot = file.utf8.lastIndex(of: UInt8(ascii: ".")), dot > file.utf8.startIndex { name = file[..<dot] }
        let folder = directory.isEmpty ? "" : directory + "/"
        if name == "index" || name == "_index" { return (folder, true) }
        return (folder + slug(String(name)) + "/", false)
    }

    /// A content-relative path's folder and file name, split at its last `/` (paths from
    /// the content listing are clean: no `//`, no trailing `/`).
    public static func split(_ path: String) -> (directory: String, file: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }

    /// File names become URL segments as written, but spaces become hyphens so URLs stay whole.
    static func slug(_ name: String) -> String {
        name.utf8.contains(UInt8(ascii: " ")) ? name.replacingOccurrences(of: " ", with: "-") : name
    }

    /// Reads and splits one Markdown file.
    public static func load(sourcePath: String, contentDirectory: URL) throws(Diagnostic) -> Page {
        try load(sourcePath: sourcePath, root: ContentRoot(contentDirectory))
    }

    /// Reads and splits one Markdown file of the content folder `root`.
    public static func load(sourcePath: String, root: ContentRoot) throws(Diagnostic) -> Page {
        let display = root.displayPrefix + sourcePath
        let text = try SourceFile.readText(atPath: root.path + sourcePath, displayPath: display)
        let split = try FrontMatter.split(text, path: display)
        let (urlPath, isIndex) = urlPath(forSource: sourcePath)
        return Page(
            sourcePath: sourcePath, displayPath: display, urlPath: urlPath,
            sectionPath: Self.split(sourcePath).directory, isSectionIndex: isIndex, isGenerated: false,
            frontMatter: split.frontMatter, body: split.body, bodyLineOffset: split.bodyLineOffset)
    }

    /// The page of a folder that has Markdown pages but no `index.md`.
    public static func generatedSection(folder: String, contentDirectory: URL) -> Page {
        Page(
            sourcePath: folder + "/", displayPath: SourceFile.displayPath(for: contentDirectory.appendingPathComponent(folder)),
            urlPath: folder.isEmpty ? "" : folder + "/", sectionPath: folder, isSectionIndex: true, isGenerated: true,
            frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
    }
}

/// A content folder as pages are read from it: its absolute path and how diagnostics show
/// the files in it, both worked out once.
public struct ContentRoot: Sendable {
    /// The standardized absolute path, ending in `/`.
    public let path: String
    /// What diagnostics print before a content-relative path.
    public let displayPrefix: String

    /// The content folder at `directory`.
    public init(_ directory: URL) {
        let standardized = directory.standardizedFileURL.path
        path = standardized.hasSuffix("/") ? standardized : standardized + "/"
        displayPrefix = SourceFile.displayPrefix(for: directory)
    }
}
