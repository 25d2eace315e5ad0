import Diagnostics
import Foundation
import Markdown
import Rendering
import SiteContent
import Templates

/// Puts rendered pages into their layouts: builds each page's Mustache context (site, page,
/// nav, breadcrumbs, table of contents, previous/next) with links relative to the page.
struct TemplateStage: Sendable {
    var settings: SiteSettings
    var templates: TemplateSet
    var pages: [String: Page]
    var titles: [String: String]
    var renders: [String: RenderedPage]
    var structure: SiteStructure
    var offline: Bool
    /// Made from the fields above once, for every page's nav.
    private let nav: NavTable
    private let siteValue: TemplateValue

    init(
        settings: SiteSettings, templates: TemplateSet, pages: [String: Page], titles: [String: String],
        renders: [String: RenderedPage], structure: SiteStructure, offline: Bool
    ) {
        self.settings = settings
        self.templates = templates
        self.pages = pages
        self.titles = titles
        self.renders = renders
        self.structure = structure
        self.offline = offline
        nav = NavTable(pages: pages, titles: titles, structure: structure)
        siteValue = settings.mustacheValue
    }

    /// The layout a page uses: its `template:`, else `home`, `section` or `page`.
    static func templateName(for page: Page, in templates: TemplateSet) -> String {
        if let name = page.frontMatter.template { return name }
        if page.isHome, templates.names.contains("home") { return "home" }
        if page.isSectionIndex, templates.names.contains("section") { return "section" }
        return "page"
    }

    /// Errors for pages naming a layout that does not exist, at their `template:` line, in
    /// the order of their source paths.
    static func templateProblems(pages: some Sequence<Page>, templates: TemplateSet) -> [Diagnostic] {
        // Nearly every page names a template that exists: only the others are sorted.
        let missing = pages.filter { !templates.names.contains(templateName(for: $0, in: templates)) }
        return missing.sorted { $0.sourcePath < $1.sourcePath }.map { page in
            let name = templateName(for: page, in: templates)
            let layouts = templates.names.filter { !$0.contains("/") }.sorted().joined(separator: ", ")
            return .error(
                at: page.frontMatter.templateLocation ?? SourceLocation(path: page.displayPath, line: 1),
                "no template named `\(name)`", hint: "use one of: \(layouts) (files in Templates/ ending in .mustache)")
        }
    }

    func html(for page: Page) throws(Diagnostic) -> String {
        try templates.render(context(for: page), template: Self.templateName(for: page, in: templates))
    }

    /// The page's HTML as file contents, without a string in between. `navCache` holds
    /// nav lists made for earlier pages of the same run (see `NavCache`).
    func htmlData(for page: Page, navCache: NavCache? = nil) throws(Diagnostic) -> Data {
        try templates.renderData(
            context(for: page, navCache: navCache), template: Self.templateName(for: page, in: templates),
            memo: navCache?.memo)
    }

    func href(from page: Page, to target: Page) -> String {
        SitePaths.href(from: page.urlPath, to: target.urlPath, offline: offline)
    }

    func title(_ path: String) -> String { titles[path] ?? "" }

    func context(for page: Page, navCache: NavCache? = nil) -> TemplateObject {
        context(for: page, rendered: renders[page.sourcePath] ?? .empty, title: title(page.sourcePath), navCache: navCache)
    }

    /// The context of `page` rendered as `rendered` and titled `pageTitle`: also for a
    /// page the site's tables do not hold (the 404 page), without copying those tables.
    func context(for page: Page, rendered: RenderedPage, title pageTitle: String, navCache: NavCache? = nil) -> TemplateObject {
        let crumbs = structure.breadcrumbs(for: page)
        let links = PageLinks(from: page.urlPath, offline: offline)
        var context: TemplateObject = [
            "site": siteValue,
            "root": .text(links.root),
            "homeURL": .text(links.href(to: "")),
            "page": .object(pageValue(page, rendered: rendered, title: pageTitle, links: links)),
            "nav": .list(
                navItems(
                    nav.top, parent: -1, current: nav.index(of: page.sourcePath),
                    active: crumbs.compactMap(nav.index(of:)), links: links, cache: navCache ?? NavCache())),
            "breadcrumbs": .list(
                crumbs.count > 1
                    ? crumbs.enumerated().compactMap { index, path in
                        pages[path].map {
                            .object([
                                "title": .text(title(path)), "url": .text(links.href(toEncoded: $0.encodedURLPath)),
                                "isCurrent": .bool(index == crumbs.count - 1),
                            ])
                        }
                    } : []),
        ]
        let position = structure.readingIndex[page.sourcePath]
        let prev = position.flatMap { $0 > 0 ? link(to: structure.readingOrder[$0 - 1], links: links) : nil }
        let next = position.flatMap { $0 + 1 < structure.readingOrder.count ? link(to: structure.readingOrder[$0 + 1], links: links) : nil }
        context["prev"] = prev.map(TemplateValue.object) ?? .bool(false)
        context["next"] = next.map(TemplateValue.object) ?? .bool(false)
        context["hasPrevNext"] = .bool(prev != nil || next != nil)
        context["hasBreadcrumbs"] = .bool(crumbs.count > 1)
        ReportPages.addValues(to: &context, for: page, rendered: rendered, stage: self)
        return context
    }

    private func link(to path: String, links: PageLinks) -> TemplateObject? {
        guard let target = pages[path] else { return nil }
        return ["title": .text(title(path)), "url": .text(links.href(toEncoded: target.encodedURLPath))]
    }

    private func pageValue(_ page: Page, rendered: RenderedPage, title pageTitle: String, links: PageLinks) -> TemplateObject {
        let toc = tableOfContents(rendered.markdown.headings)
        let children = page.isSectionIndex ? (structure.children[page.sectionPath] ?? []) : []
        return [
            "title": .text(pageTitle),
            "description": .text(page.frontMatter.description ?? ""),
            "metaDescription": .text(page.frontMatter.description ?? settings.description),
            "content": .utf8Text(rendered.markdown.htmlUTF8),
            "url": .text(links.href(toEncoded: page.encodedURLPath)),
            "showTitle": .bool(!rendered.markdown.headings.contains { $0.level == 1 }),
            "isHome": .bool(page.isHome),
            "isSection": .bool(page.isSectionIndex),
            "toc": .list(toc.map(TemplateValue.object)),
            "hasToc": .bool(!toc.isEmpty),
            "params": .object(TemplateObject(page.frontMatter.params.mapValues(\.mustacheValue))),
            "pages": .list(
                children.compactMap { path -> TemplateValue? in
                    guard let child = pages[path] else { return nil }
                    return .object([
                        "title": .text(title(path)), "url": .text(links.href(toEncoded: child.encodedURLPath)),
                        "description": .text(child.frontMatter.description ?? ""), "isSection": .bool(child.isSectionIndex),
                    ])
                }),
            "hasPages": .bool(!children.isEmpty),
        ]
    }

    /// Level-2 headings with their level-3 headings nested; every item carries `children`
    /// so Mustache never looks the key up in an outer item.
    private func tableOfContents(_ headings: [Heading]) -> [TemplateObject] {
        // Level-2 headings, each with the level-3 headings after it (a level 3 before any
        // level 2 starts an entry of its own).
        var groups: [(heading: Heading, nested: [Heading])] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 2 || groups.isEmpty {
                groups.append((heading, []))
            } else {
                groups[groups.count - 1].nested.append(heading)
            }
        }
        func item(_ heading: Heading, children: [TemplateValue]) -> TemplateObject {
            [
                "text": .text(heading.text), "id": .text(heading.id), "level": .number(heading.level),
                "children": .list(children), "hasChildren": .bool(!children.isEmpty),
            ]
        }
        return groups.map { group in item(group.heading, children: group.nested.map { .object(item($0, children: [])) }) }
    }

    /// The nav tree: every top-level entry, and the children of the sections on the way
    /// to the current page (a large playbook stays a short list). `entries` are the
    /// entries of nav item `parent` (-1: the top level).
    /// `active` is the breadcrumb trail: a few entries, so a linear search beats a set.
    private func navItems(
        _ entries: [Int], parent: Int, current: Int?, active: [Int], links: PageLinks,
        cache: NavCache
    ) -> [TemplateValue] {
        if entries.count > Self.navListLimit {
            return windowedNavItems(entries, parent: parent, current: current, active: active, links: links, cache: cache)
        }
        // Entries off the trail look the same from every page at this depth: they come from
        // the cache; only the entries on the trail are made afresh.
        let key = NavCache.Key(parent: parent, root: links.root)
        var items = cache.lists[key] ?? entries.map { navItem($0, children: [], current: nil, isActive: false, links: links, cached: true) }
        cache.lists[key] = items
        // The current page is on the trail (its last entry), so it is made afresh here.
        for (position, index) in entries.enumerated() where active.contains(index) || index == current {
            let isActive = active.contains(index)
            let children =
                nav.items[index].isSection && isActive
                ? navItems(nav.items[index].children, parent: index, current: current, active: active, links: links, cache: cache) : []
            items[position] = navItem(index, children: children, current: current, isActive: isActive, links: links, cached: false)
        }
        return items
    }

    /// A section with more entries than this shows only the entries around the page in
    /// every page's nav, so a folder of 20,000 pages does not put 20,000 links on each.
    static let navListLimit = 60
    /// How many entries a long list shows on either side of the page on the trail.
    static let navWindowRadius = 10

    /// The entries of a long list near the trail, with an entry before and after that
    /// says how many are left out and links to the section's own page (which lists them all).
    private func windowedNavItems(
        _ entries: [Int], parent: Int, current: Int?, active: [Int], links: PageLinks,
        cache: NavCache
    ) -> [TemplateValue] {
        // The trail is a few entries: look each up by its position rather than scan the list.
        let onTrail = (active + (current.map { [$0] } ?? [])).map { nav.items[$0].position }
            .first { $0 < entries.count && (active.contains(entries[$0]) || entries[$0] == current) }
        let window =
            onTrail.map { max(0, $0 - Self.navWindowRadius)..<min(entries.count, $0 + Self.navWindowRadius + 1) }
            ?? 0..<2 * Self.navWindowRadius
        let sectionURL = parent >= 0 ? nav.items[parent].encodedURLPath : ""
        func more(_ count: Int, _ words: String) -> TemplateValue {
            .object([
                "title": .text("… \(count.formatted()) \(words)"), "url": .text(links.href(toEncoded: sectionURL)),
                "isCurrent": .bool(false), "isActive": .bool(false), "isSection": .bool(false),
                "children": .list([]), "hasChildren": .bool(false),
            ])
        }
        var items: [TemplateValue] = []
        if window.lowerBound > 0 { items.append(more(window.lowerBound, "earlier pages")) }
        for index in entries[window] {
            let isActive = active.contains(index)
            let children =
                nav.items[index].isSection && isActive
                ? navItems(nav.items[index].children, parent: index, current: current, active: active, links: links, cache: cache) : []
            items.append(navItem(index, children: children, current: current, isActive: isActive, links: links, cached: false))
        }
        if window.upperBound < entries.count { items.append(more(entries.count - window.upperBound, "more pages")) }
        return items
    }

    /// `cached`: the entry goes in the run's `NavCache`, shared by every page of the run.
    private func navItem(
        _ index: Int, children: [TemplateValue], current: Int?, isActive: Bool, links: PageLinks,
        cached: Bool
    ) -> TemplateValue {
        let item = nav.items[index]
        var object: TemplateObject = [
            "title": .text(cached ? NavCache.unshared(item.title) : item.title), "url": .text(links.href(toEncoded: item.encodedURLPath)),
            "isCurrent": .bool(index == current), "isActive": .bool(isActive),
            "isSection": .bool(item.isSection), "children": .list(children), "hasChildren": .bool(!children.isEmpty),
        ]
        // The cache's entries are rendered by every page of the run: worth remembering.
        if cached { object.markReused() }
        return .object(object)
    }
}

/// Nav lists already made for one run of pages, which are rendered one after another on
/// one thread: pages in the same folder (adjacent in path order) share every nav entry
/// off their trail, so most of a page's nav is reused rather than made again.
/// Never shared between threads, and its titles are its own copies: values read on every
/// core at once would have their reference counts contended.
final class NavCache {
    struct Key: Hashable {
        var parent: Int
        var root: String
    }

    var lists: [Key: [TemplateValue]] = [:]
    /// What the shared entries rendered to, for the pages after the first.
    let memo = TemplateMemo()

    init() {}

    /// `text` in storage of its own (short strings are stored inline anyway).
    static func unshared(_ text: String) -> String {
        text.utf8.count <= 15 ? text : String(decoding: Array(text.utf8), as: UTF8.self)
    }
}
