import SiteContent

/// The nav tree of a site in flat arrays, made once per layout pass: every page's nav is
/// read from it by index, instead of looking each entry's page, title and children up by
/// path (dictionary look-ups and copies of whole `Page`s, about 80 per page).
struct NavTable: Sendable {
    struct Item: Sendable {
        let sourcePath: String
        let title: String
        /// The page's URL path, percent-encoded for links (`PageLinks.href(toEncoded:)`).
        let encodedURLPath: String
        let isSection: Bool
        /// Indexes of the section's own entries (empty for a page).
        let children: [Int]
        /// Where the entry is in its section's list of entries.
        let position: Int
    }

    private(set) var items: [Item] = []
    /// The entries of the top level.
    private(set) var top: [Int] = []
    private var indexOfPath: [String: Int] = [:]

    init(pages: [String: Page], titles: [String: String], structure: SiteStructure) {
        items.reserveCapacity(pages.count)
        indexOfPath.reserveCapacity(pages.count)
        top = entries(in: "", pages: pages, titles: titles, structure: structure)
    }

    /// Index of the entry for the page at `sourcePath`, if it is in the nav.
    func index(of sourcePath: String) -> Int? { indexOfPath[sourcePath] }

    private mutating func entries(
        in folder: String, pages: [String: Page], titles: [String: String],
        structure: SiteStructure
    ) -> [Int] {
        var position = 0
        return (structure.children[folder] ?? []).compactMap { path in
            guard let page = pages[path] else { return nil }
            defer { position += 1 }
            // Folders nest, they never loop, so each page is reached once.
            let children = page.isSectionIndex ? entries(in: page.sectionPath, pages: pages, titles: titles, structure: structure) : []
            items.append(
                Item(
                    sourcePath: path, title: titles[path] ?? "", encodedURLPath: page.encodedURLPath,
                    isSection: page.isSectionIndex, children: children, position: position))
            indexOfPath[path] = items.count - 1
            return items.count - 1
        }
    }
}
