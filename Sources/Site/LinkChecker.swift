import ByteText
import Diagnostics
import Markdown
import SiteContent

/// Checks that every internal link and `#anchor` of every page resolves. Works on the
/// links and anchors the Markdown pass recorded: nothing is parsed again.
struct LinkChecker: Sendable {
    var pages: [String: Page]
    var renders: [String: RenderedPage]
    var targets: LinkTargets
    /// Site-relative paths of every output file, for links written against the output
    /// (`../assets/logo.png`).
    var outputs: Set<String>

    /// One diagnostic per broken link, in page order, with the given severity. A link in a
    /// data file that several pages draw (a decision tree) is reported once.
    func problems(severity: Diagnostic.Severity) -> [Diagnostic] {
        var seen = Set<String>()
        return pages.keys.sorted().flatMap { problems(onPage: $0, severity: severity) }.filter { seen.insert($0.description).inserted }
    }

    /// The broken links of the page at `path` (a source path).
    func problems(onPage path: String, severity: Diagnostic.Severity) -> [Diagnostic] {
        guard let page = pages[path], let rendered = renders[path] else { return [] }
        return rendered.markdown.links.compactMap { link in
            // The Markdown pass rewrites a link only when it reaches a page or file of the
            // site (`LinkTargets.rewrite`), against the same targets: without a `#fragment`
            // it cannot be broken, and is not resolved a second time.
            if link.rewritten != nil, !ByteScan.contains(in: link.destination, where: { $0 == UInt8(ascii: "#") }) { return nil }
            return check(link.destination, in: page, rendered: rendered)
                .map { Diagnostic(severity, at: link.location, $0.text, hint: $0.hint) }
        }
    }

    private func check(_ destination: String, in page: Page, rendered: RenderedPage) -> (text: String, hint: String)? {
        if destination.isEmpty || SitePaths.isExternal(destination) { return nil }
        if destination.hasPrefix("#") {
            return missingAnchor(String(destination.dropFirst()), in: rendered.markdown.anchors, page: "this page")
        }
        let (target, fragment) = targets.resolve(destination, fromSourceDirectory: page.sourceDirectory)
        switch target {
        case .page(let targetPath):
            // A page that failed to render has its own error; its anchors are unknown.
            guard let fragment, !fragment.isEmpty, let target = renders[targetPath] else { return nil }
            return missingAnchor(fragment, in: target.markdown.anchors, page: "`\(targetPath)`")
        case .file:
            return nil
        case .missingPage(let targetPath):
            return (
                "link to a missing page `\(targetPath)`",
                "links are relative to this file's folder; check the name, or whether the page is a draft"
            )
        case .unresolved:
            let (path, _) = SitePaths.splitFragment(destination)
            if let output = SitePaths.normalize(path, in: String(page.urlPath.dropLast())),
                outputs.contains(output) || outputs.contains(output + "/index.html") || outputs.contains(output + "index.html")
            {
                return nil
            }
            if ContentInventory.isData(path) {
                return (
                    "link to the data file `\(destination)`, which is not published",
                    "data files (org data with people's names and pay) never leave the content folder; link to the page that draws the data"
                )
            }
            return (
                "link to a missing file `\(destination)`",
                "link to a page by its .md file, or to a file that sits in the content folder"
            )
        }
    }

    private func missingAnchor(_ anchor: String, in anchors: Set<String>, page: String) -> (text: String, hint: String)? {
        guard !anchor.isEmpty, !anchors.contains(anchor) else { return nil }
        let known = anchors.sorted().prefix(8).joined(separator: ", ")
        return (
            "\(page) has no heading or anchor `#\(anchor)`",
            known.isEmpty ? "it has no headings to link to" : "its anchors are: \(known)"
        )
    }
}
