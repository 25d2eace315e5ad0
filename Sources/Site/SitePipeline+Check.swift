import Diagnostics
import Foundation

extension SitePipeline {
    /// Everything a build validates, plus every internal link and anchor, going as far as
    /// it can past each problem so one run reports them all. Writes nothing.
    func checkAll() -> [Diagnostic] {
        do { try validateFolders() } catch { return error.diagnostics }
        let (settings, templates, setupProblems) = loadSettingsAndTemplates()
        var problems = setupProblems
        let inventory: ContentInventory
        do { inventory = try ContentInventory.scan(contentDirectory) } catch { return problems + [error] }
        let (pages, loadProblems) = loadPagesCollecting(inventory)
        problems += loadProblems
        if let templates {
            problems += outputCollisions(pages, inventory: inventory, settings: settings, templates: templates)
            problems += TemplateStage.templateProblems(pages: pages.values.filter { !$0.isGenerated }, templates: templates)
        }
        let targets = linkTargets(pages: pages, inventory: inventory)
        let (renders, renderProblems) = renderMarkdownCollecting(Array(pages.values), settings: settings, targets: targets)
        problems += renderProblems
        // Stand-ins for pages that failed have no anchors to check against.
        let checked = renders.filter { pages[$0.key]?.isGenerated == false }
        var support = SupportOutputs(settings: settings, templates: templates, templatesDirectory: configuration.templatesDirectory)
        support.addPublishedFiles(inventory.publishedFiles, from: contentDirectory)
        let outputs = Set(pages.values.map(\.outputPath)).union(support.paths)
        let diagramWarnings = pages.keys.sorted().flatMap { renders[$0]?.warnings ?? [] }
        let checker = LinkChecker(pages: pages, renders: checked, targets: targets, outputs: outputs)
        return problems + diagramWarnings + checker.problems(severity: .error)
    }
}
