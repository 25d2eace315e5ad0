import Foundation
import Rendering
import SiteContent

/// What a set of changed files asks a rebuild to redo.
struct RebuildPlan {
    /// Settings or something unknown changed: build everything again.
    var full = false
    /// A layout or partial changed: every page goes through its layout again.
    var templates = false
    /// A file under `Templates/assets/` changed: copy it.
    var templateAssets = false
    /// Content-relative paths of changed Markdown files.
    var pages: Set<String> = []
    /// Absolute paths of changed data files (diagrams that read them are redrawn).
    var dataFiles: Set<String> = []
    /// Content-relative paths of changed files that are copied as they are.
    var copies: Set<String> = []
    /// A page or content file appeared or went away: links and navigation may change.
    var contentSetChanged = false

    init(paths: [URL], configuration: BuildConfiguration, state: SiteState) {
        let contentRoot = OutputSafety.canonical(configuration.contentDirectory) + "/"
        let templatesRoot = OutputSafety.canonical(configuration.templatesDirectory) + "/"
        let outputRoot = OutputSafety.canonical(configuration.outputDirectory)
        let output = URL(fileURLWithPath: outputRoot)
        let stagingPrefix = output.deletingLastPathComponent().path + "/." + output.lastPathComponent + "."
        let dependencies = state.renders.values.reduce(into: Set<String>()) { $0.formUnion($1.dependencies) }
        let knownMarkdown = Set(state.inventory.markdownFiles)
        let knownFiles = Set(state.inventory.bundleFiles)
        // The brand's font and logo were read with `site.yaml`: every diagram is measured in
        // the font, and every page carries the logo, so a change to either is a new build.
        let brand = state.settings.brand
        let brandFiles = Set(
            [brand.fontFile?.path, brand.logo?.path].compactMap { $0 }.map { OutputSafety.canonical(URL(fileURLWithPath: $0)) })
        for url in paths {
            let path = OutputSafety.canonical(url)
            let name = url.lastPathComponent
            if name.hasSuffix("~") { continue }  // editor backup files
            // The output, the build's staging folders beside it, and hidden files in the
            // sources (editor swap files) never feed the site; a watcher may still report them.
            if path == outputRoot || path.hasPrefix(outputRoot + "/") || path.hasPrefix(stagingPrefix) { continue }
            let isHidden = [contentRoot, templatesRoot].contains { root in
                path.hasPrefix(root) && path.dropFirst(root.count).split(separator: "/").contains { $0.hasPrefix(".") }
            }
            if isHidden { continue }
            if brandFiles.contains(path) {
                full = true
                continue
            }
            let isData = ContentInventory.dataExtensions.contains(url.pathExtension.lowercased())
            let exists = FileManager.default.fileExists(atPath: path)
            if path.hasPrefix(templatesRoot) {
                if path.dropFirst(templatesRoot.count).hasPrefix(TemplateSet.assetsFolder + "/") {
                    templateAssets = true
                } else {
                    templates = true
                }
            } else if path.hasPrefix(contentRoot) {
                let relative = String(path.dropFirst(contentRoot.count))
                if relative == SiteSettings.fileName {
                    full = true
                    continue
                }
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    contentSetChanged = true
                    continue
                }
                if !exists && !knownMarkdown.contains(relative) && !knownFiles.contains(relative) {
                    // A folder that went away takes its pages and files with it.
                    let folder = relative + "/"
                    if knownMarkdown.contains(where: { $0.hasPrefix(folder) }) || knownFiles.contains(where: { $0.hasPrefix(folder) }) {
                        contentSetChanged = true
                        continue
                    }
                    // Made and deleted between two builds (or a build that was stopped):
                    // nothing to read and nothing to remove.
                    continue
                }
                if relative.hasSuffix(".md") {
                    pages.insert(relative)
                    if exists != knownMarkdown.contains(relative) { contentSetChanged = true }
                } else {
                    copies.insert(relative)
                    if isData { dataFiles.insert(path) }
                    if exists != knownFiles.contains(relative) { contentSetChanged = true }
                }
            } else if dependencies.contains(path) {
                dataFiles.insert(path)
            } else {
                full = true
            }
        }
    }
}
