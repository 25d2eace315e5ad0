import Foundation
import Search
import SiteContent
import SiteFiles

extension SitePipeline {
    /// `search-index.js` for the site: each page's rendered Markdown (not the layout, so
    /// navigation and footers are not indexed), with its title and section title. The text
    /// is the one recorded as the page was rendered; a page without one (a report) has its
    /// HTML scanned as the index's tokenising runs reach it, in parallel, kept (in
    /// `searchText`) only when the builder rebuilds later.
    func searchIndexOutput(_ state: SiteState) -> OutputFile {
        var timer = PhaseTimer("search")
        let pages = state.structure.readingOrder.compactMap { state.pages[$0] }
        let cache = searchText
        cache?.keepOnly(Set(state.pages.keys))
        let entries = pages.map { page in
            SearchIndex.Page(
                url: page.encodedURLPath, title: state.titles[page.sourcePath] ?? page.fallbackTitle,
                section: sectionTitle(of: page, state))
        }
        let index = SearchIndex(pages: entries) { number in
            let page = pages[number]
            let entry = entries[number]
            let rendered = state.renders[page.sourcePath]
            let extracted: SearchTextExtractor.Extracted
            if let recorded = rendered?.searchText {
                extracted = recorded
            } else {
                // Pages whose text was not recorded as they were written are read back.
                let html = rendered?.markdown.html ?? ""
                extracted = cache?.extracted(for: page.sourcePath, html: html) ?? SearchTextExtractor.extract(html: html)
            }
            return SearchDocument(
                url: entry.url, title: entry.title, section: entry.section,
                text: extracted.text, headings: extracted.sections)
        }
        timer.mark("index")
        let script = Data(index.javaScriptBytes())
        timer.mark("script")
        timer.report()
        return .data(script)
    }

    /// The title of the section a page is filed under ("" for the home page and top level).
    private func sectionTitle(of page: Page, _ state: SiteState) -> String {
        let folder = page.isSectionIndex ? SiteStructure.parentFolder(of: page.sectionPath) : page.sectionPath
        guard !page.isHome, !folder.isEmpty, let path = state.structure.sectionPage[folder] else { return "" }
        return state.titles[path] ?? ""
    }
}
