import Diagnostics
import Markdown

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

    /// The layout a page uses: its `template:`, else `home`, `section` or `page`.
    static func templateName(for page: Page, in templates: TemplateSet) -> String {
        if let name = page.frontMatter.template { return name }
        if page.isHome, templates.names.contains("home") { return "home" }
        if page.isSectionIndex, templates.names.contains("section") { return "section" }
        return "page"
    }

    /// Errors for pages naming a layout that does not exist, at their `template:` line.
    static func templateProblems(pages: [Page], templates: TemplateSet) -> [Diagnostic] {
        pages.compactMap { page in
            let name = templateName(for: page, in: templates)
            guard !templates.names.contains(name) else { return nil }
            let layouts = templates.names.filter { !$0.contains("/") }.sorted().joined(separator: ", ")
            return .error(at: page.frontMatter.templateLocation ?? SourceLocation(path: page.displayPath, line: 1),
                          "no template named `\(name)`", hint: "use one of: \(layouts) (files in Templates/ ending in .mustache)")
        }
    }

    func html(for page: Page) -> String {
        templates.render(context(for: page), template: Self.templateName(for: page, in: templates))
    }

    func href(from page: Page, to target: Page) -> String {
        SitePaths.href(from: page.urlPath, to: target.urlPath, offline: offline)
    }

    func title(_ path: String) -> String { titles[path] ?? "" }

    func context(for page: Page) -> [String: Any] {
        let rendered = renders[page.sourcePath] ?? .empty
        let crumbs = structure.breadcrumbs(for: page)
        let active = Set(crumbs)
        var context: [String: Any] = [
            "site": settings.mustacheValue,
            "root": SitePaths.rootPrefix(from: page.urlPath),
            "homeURL": SitePaths.href(from: page.urlPath, to: "", offline: offline),
            "page": pageValue(page, rendered: rendered),
            "nav": navItems(in: "", current: page, active: active),
            "breadcrumbs": crumbs.count > 1 ? crumbs.enumerated().compactMap { index, path in
                pages[path].map { ["title": title(path), "url": href(from: page, to: $0), "isCurrent": index == crumbs.count - 1] as [String: Any] }
            } : [],
        ]
        let position = structure.readingIndex[page.sourcePath]
        context["prev"] = position.flatMap { $0 > 0 ? link(from: page, to: structure.readingOrder[$0 - 1]) : nil } ?? false
        context["next"] = position.flatMap { $0 + 1 < structure.readingOrder.count ? link(from: page, to: structure.readingOrder[$0 + 1]) : nil } ?? false
        context["hasPrevNext"] = !(context["prev"] is Bool && context["next"] is Bool)
        context["hasBreadcrumbs"] = crumbs.count > 1
        return context
    }

    private func link(from page: Page, to path: String) -> [String: Any]? {
        guard let target = pages[path] else { return nil }
        return ["title": title(path), "url": href(from: page, to: target)]
    }

    private func pageValue(_ page: Page, rendered: RenderedPage) -> [String: Any] {
        let toc = tableOfContents(rendered.markdown.headings)
        let children = page.isSectionIndex ? (structure.children[page.sectionPath] ?? []) : []
        return [
            "title": title(page.sourcePath),
            "description": page.frontMatter.description ?? "",
            "metaDescription": page.frontMatter.description ?? settings.description,
            "content": rendered.markdown.html,
            "url": SitePaths.href(from: page.urlPath, to: page.urlPath, offline: offline),
            "showTitle": !rendered.markdown.headings.contains { $0.level == 1 },
            "isHome": page.isHome,
            "isSection": page.isSectionIndex,
            "toc": toc,
            "hasToc": !toc.isEmpty,
            "params": page.frontMatter.params.mapValues(\.mustacheValue),
            "pages": children.compactMap { path -> [String: Any]? in
                guard let child = pages[path] else { return nil }
                return ["title": title(path), "url": href(from: page, to: child),
                        "description": child.frontMatter.description ?? "", "isSection": child.isSectionIndex]
            },
            "hasPages": !children.isEmpty,
        ]
    }

    /// Level-2 headings with their level-3 headings nested; every item carries `children`
    /// so Mustache never looks the key up in an outer item.
    private func tableOfContents(_ headings: [Heading]) -> [[String: Any]] {
        var items: [[String: Any]] = []
        var nested: [[String: Any]] = []
        func flush() {
            guard !items.isEmpty else { return }
            items[items.count - 1]["children"] = nested
            items[items.count - 1]["hasChildren"] = !nested.isEmpty
            nested = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let item: [String: Any] = ["text": heading.text, "id": heading.id, "level": heading.level,
                                       "children": [[String: Any]](), "hasChildren": false]
            if heading.level == 2 || items.isEmpty { flush(); items.append(item) } else { nested.append(item) }
        }
        flush()
        return items
    }

    /// The nav tree: every top-level entry, and the children of the sections on the way
    /// to the current page (a large playbook stays a short list).
    private func navItems(in folder: String, current: Page, active: Set<String>) -> [[String: Any]] {
        (structure.children[folder] ?? []).compactMap { path in
            guard let target = pages[path] else { return nil }
            let isActive = active.contains(path)
            let children = target.isSectionIndex && isActive ? navItems(in: target.sectionPath, current: current, active: active) : []
            return [
                "title": title(path), "url": href(from: current, to: target),
                "isCurrent": path == current.sourcePath, "isActive": isActive,
                "isSection": target.isSectionIndex, "children": children, "hasChildren": !children.isEmpty,
            ]
        }
    }
}
