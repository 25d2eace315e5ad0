/// The shape of the site: sections, their ordered children, reading order. Built from the
/// pages and their titles; holds content-relative source paths only.
public struct SiteStructure: Sendable, Hashable {
    /// Folder → source path of its section page.
    public var sectionPage: [String: String] = [:]
    /// Folder → its pages and sub-section pages, ordered by weight, then title.
    public var children: [String: [String]] = [:]
    /// Every page, home first, depth first in navigation order.
    public var readingOrder: [String] = []
    /// Source path → its position in `readingOrder`.
    public var readingIndex: [String: Int] = [:]

    /// The structure of `pages`, ordered by weight, then by `titles`.
    public init(pages: [String: Page], titles: [String: String]) {
        for page in pages.values where page.isSectionIndex {
            sectionPage[page.sectionPath] = page.sourcePath
        }
        var children: [String: [String]] = [:]
        for page in pages.values where !page.isHome {
            let parent = page.isSectionIndex ? Self.parentFolder(of: page.sectionPath) : page.sectionPath
            children[parent, default: []].append(page.sourcePath)
        }
        // Each page's sort key is made once, not once per comparison.
        self.children = children.mapValues { paths in
            paths.map { path in (weight: pages[path]?.frontMatter.weight ?? Int.max, title: (titles[path] ?? "").lowercased(), path: path) }
                .sorted { ($0.weight, $0.title, $0.path) < ($1.weight, $1.title, $1.path) }
                .map(\.path)
        }
        readingOrder.reserveCapacity(pages.count)
        if let home = sectionPage[""] { append(home, pages: pages) }
        readingIndex.reserveCapacity(readingOrder.count)
        for (index, path) in readingOrder.enumerated() { readingIndex[path] = index }
    }

    private mutating func append(_ path: String, pages: [String: Page]) {
        readingOrder.append(path)
        guard let page = pages[path], page.isSectionIndex else { return }
        for child in children[page.sectionPath] ?? [] { append(child, pages: pages) }
    }

    /// `a/b` → `a`; `a` → `""`.
    public static func parentFolder(of folder: String) -> String {
        guard let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(folder[..<slash])
    }

    /// The section pages above `page`, home first, then the page itself.
    public func breadcrumbs(for page: Page) -> [String] {
        var folders: [String] = []
        var folder = page.isSectionIndex ? (page.isHome ? nil : Self.parentFolder(of: page.sectionPath)) : page.sectionPath
        while let current = folder {
            folders.append(current)
            folder = current.isEmpty ? nil : Self.parentFolder(of: current)
        }
        return folders.reversed().compactMap { sectionPage[$0] } + [page.sourcePath]
    }
}
