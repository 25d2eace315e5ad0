import Foundation
import Rendering
import ReportModel
import Search
import SiteContent
import SiteFiles

/// The site-wide files a build writes beside its pages, each with where its bytes come
/// from. One list serves every question — which paths a build will write (for collisions
/// and link checks, asked before anything is made), and the files themselves — so the
/// paths checked are always the files made.
struct SupportOutputs {
    enum Source: Hashable {
        /// `404.html`, made from the navigation.
        case notFoundPage
        /// `sitemap.xml`, written only when the site has a `baseURL`.
        case sitemap
        /// `search-index.js`.
        case searchIndex
        /// A template asset or a content file, copied as it is.
        case copy(URL)
    }

    private(set) var sources: [String: Source] = ["404.html": .notFoundPage, SearchIndex.fileName: .searchIndex]

    /// The files Orgbook makes itself and the template assets it copies; `templates` is nil
    /// when they failed to load (a check then still knows the rest).
    init(settings: SiteSettings, templates: TemplateSet?, templatesDirectory: URL) {
        if !settings.baseURL.isEmpty { sources["sitemap.xml"] = .sitemap }
        // A brand font named from outside the content folder is published once, for every
        // page to fetch; one inside it is a content file, copied like the others.
        if let font = settings.brand.fontFile, font.publishedPath == nil {
            sources[font.sitePath] = .copy(URL(fileURLWithPath: font.path))
        }
        let assets = templatesDirectory.appendingPathComponent(TemplateSet.assetsFolder)
        for asset in templates?.assets ?? [] {
            sources[TemplateSet.assetsFolder + "/" + asset] = .copy(assets.appendingPathComponent(asset))
        }
    }

    /// Adds the content's own files (images, PDFs) published as they are.
    mutating func addPublishedFiles(_ files: [String], from contentDirectory: URL) {
        for file in files { sources[file] = .copy(contentDirectory.appendingPathComponent(file)) }
    }

    var paths: Set<String> { Set(sources.keys) }
}

extension SitePipeline {
    /// Every site-wide output of `state`'s site.
    func supportOutputs(of state: SiteState) -> SupportOutputs {
        var outputs = SupportOutputs(
            settings: state.settings, templates: state.templates,
            templatesDirectory: configuration.templatesDirectory)
        outputs.addPublishedFiles(state.inventory.publishedFiles, from: contentDirectory)
        return outputs
    }

    /// The site-wide files of `state`, made; `skipping` names generated files (`404.html`,
    /// `sitemap.xml`, `search-index.js`) a rebuild knows are unchanged or makes later.
    func makeSupportOutputs(_ state: SiteState, skipping: Set<String> = []) -> [String: OutputFile] {
        let sources = supportOutputs(of: state).sources.filter { !skipping.contains($0.key) }
        var outputs: [String: OutputFile] = [:]
        // The search index last: its serial tail is the build's, so nothing should wait behind it.
        let order: (SupportOutputs.Source) -> Int = { source in source == .searchIndex ? 1 : 0 }
        for (path, source) in sources.sorted(by: { order($0.value) < order($1.value) }) {
            switch source {
            case .notFoundPage: outputs[path] = notFoundPage(state)
            case .sitemap:
                let xml = SitemapGenerator.xml(
                    baseURL: state.settings.baseURL,
                    urlPaths: state.structure.readingOrder.compactMap { state.pages[$0]?.urlPath })
                outputs[path] = .data(Data(xml.utf8))
            case .searchIndex: outputs[path] = searchIndexOutput(state)
            case .copy(let url): outputs[path] = .copy(url)
            }
        }
        return outputs
    }
}
