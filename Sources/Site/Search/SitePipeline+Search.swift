import Foundation

extension SitePipeline {
    /// `search-index.js` for the site: each page's rendered Markdown (not the layout, so
    /// navigation and footers are not indexed), with its title and section title. Text is
    /// extracted from the pages in parallel; the index itself is built in one pass.
    func searchIndexOutput(_ state: SiteState) -> OutputFile {
        let pages = state.structure.readingOrder.compactMap { state.pages[$0] }
        var timer = PhaseTimer("search")
        let cache = searchText
        cache.keepOnly(Set(state.pages.keys))
        let documents = Parallel.map(pages) { page -> SearchDocument in
            let extracted = cache.extracted(for: page.sourcePath, html: state.renders[page.sourcePath]?.markdown.html ?? "")
            return SearchDocument(url: page.urlPath, title: state.titles[page.sourcePath] ?? page.fallbackTitle,
                                  section: sectionTitle(of: page, state), text: extracted.text, headings: extracted.sections)
        }
        timer.mark("extract")
        let index = SearchIndex(documents: documents)
        timer.mark("index")
        let script = index.javaScript()
        timer.mark("script")
        timer.report()
        return .data(Data(script.utf8))
    }

    /// The title of the section a page is filed under ("" for the home page and top level).
    private func sectionTitle(of page: Page, _ state: SiteState) -> String {
        let folder = page.isSectionIndex ? SiteStructure.parentFolder(of: page.sectionPath) : page.sectionPath
        guard !page.isHome, !folder.isEmpty, let path = state.structure.sectionPage[folder] else { return "" }
        return state.titles[path] ?? ""
    }
}
