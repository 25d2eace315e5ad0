import Diagnostics
import Foundation
import OrgModel
import Rendering
import SiteContent

/// One Markdown file rendered as the site renders it (links rewritten, diagrams drawn),
/// without its layout: what `orgbook render FILE.md` prints.
public enum PageFragment {
    /// Renders `file`. When it lies inside `contentDirectory` its links resolve against that
    /// site; otherwise against the files of its own folder. `privateValues` are what the
    /// page's charts mark `private:`: the caller checks the HTML for them before it goes
    /// anywhere, as a build checks every page.
    public static func render(
        file: URL, contentDirectory: URL, offline: Bool = false
    ) throws -> (html: String, warnings: [Diagnostic], privateValues: PrivateValues) {
        let file = file.standardizedFileURL.resolvingSymlinksInPath()
        let content = contentDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let root = OutputSafety.isInside(file.path, content.path) ? content : file.deletingLastPathComponent()
        let relative = String(file.path.dropFirst(root.path.count + 1))
        let settings = try SiteSettings.load(contentDirectory: root)
        let inventory = try ContentInventory.scan(root)
        let page = try Page.load(sourcePath: relative, contentDirectory: root)
        var configuration = BuildConfiguration(contentDirectory: root, templatesDirectory: root, outputDirectory: root)
        configuration.offline = offline
        let pipeline = SitePipeline(configuration: configuration, cache: DiagramCache())
        // Only the file list is needed to resolve links: the other pages are not read.
        var pages: [String: Page] = [:]
        for path in inventory.markdownFiles {
            let (url, isIndex) = Page.urlPath(forSource: path)
            pages[path] = Page(
                sourcePath: path, displayPath: path, urlPath: url, sectionPath: (path as NSString).deletingLastPathComponent,
                isSectionIndex: isIndex, isGenerated: false, frontMatter: FrontMatter(), body: "", bodyLineOffset: 0)
        }
        pages[relative] = page
        let targets = pipeline.linkTargets(pages: pages, inventory: inventory)
        let rendered = try pipeline.renderMarkdown([page], settings: settings, targets: targets)[relative] ?? .empty
        return (rendered.markdown.html, rendered.warnings, rendered.privateValues)
    }
}
