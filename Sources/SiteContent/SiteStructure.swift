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
        // One pass over the pages gathers all that ordering and walking need, so no page is
        // looked up by path again (at 100,000 pages each look-up is a cache miss).
        struct Child {
            var weight: Int
            var title: String
            var path: String
            /// The folder whose section page this is (nil for a page).
            var section: String?
        }
        var lists: [String: [Child]] = [:]
        for page in pages.values {
            if page.isSectionIndex { sectionPage[page.sectionPath] = page.sourcePath }
            guard !page.isHome else { continue }
            let parent = page.isSectionIndex ? Self.parentFolder(of: page.sectionPath) : page.sectionPath
            lists[parent, default: []].append(
                Child(
                    weight: page.frontMatter.weight ?? Int.max, title: (titles[page.sourcePath] ?? "").lowercased(),
                    path: page.sourcePath, section: page.isSectionIndex ? page.sectionPath : nil))
        }
        for folder in lists.keys {
            lists[folder]!.sort { ($0.weight, $0.title, $0.path) < ($1.weight, $1.title, $1.path) }
        }
        children = lists.mapValues { $0.map(\.path) }
        // Home first, then depth first in navigation order.
        readingOrder.reserveCapacity(pages.count)
        func walk(_ folder: String) {
            for child in lists[folder] ?? [] {
                readingOrder.append(child.path)
                if let section = child.section { walk(section) }
            }
        }
        if let home = sectionPage[""] {
            readingOrder.append(home)
            walk("")
        }
        readingIndex.reserveCapacity(readingOrder.count)
        for (index, path) in readingOrder.enumerated() { readingIndex[path] = index }
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
