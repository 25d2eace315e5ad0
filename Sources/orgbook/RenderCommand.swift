import ArgumentParser
import Diagnostics
import Diagrams
import Foundation
import Layout
import Office
import OrgData
import OrgModel
import Site
import SiteFiles

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one Markdown file to an HTML fragment, or one data file to SVG.",
        discussion: """
            FILE.md prints the page's HTML as the site renders it (no layout). \
            FILE.yaml, FILE.yml or FILE.csv draws the diagram the data describes. \
            An HR export (.csv or .xlsx) draws as a people chart with no YAML file: --preset or \
            --column say which columns hold what, --group-by makes one box per unit. \
            With --split, an org chart too big for a legible A4 page is written to the folder \
            given by -o as overview.svg plus one BRANCH-ID.svg per branch.
            """
    )

    @Argument(help: "A Markdown page or a data file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the SVG here instead of standard output (data files).")
    var output: String?

    @Option(help: "The content folder the page belongs to (for resolving its links).")
    var content: String = "Content"

    @Option(help: "For an org diff: also write its change list here as CSV (id, name, change, from, to, measure deltas).")
    var changes: String?

    @OptionGroup var exportSource: ExportSourceOptions

    @Flag(help: "Make links name index.html so they work from file://.")
    var offline = false

    @Flag(help: "Write an org chart as an overview and one chart per branch into the folder given by -o.")
    var split = false

    func run() throws {
        if split { return try runSplit() }
        if let output, output.lowercased().hasSuffix(".pptx") { return try runDeck(output: output) }
        let url = URL(fileURLWithPath: file)
        let text: String
        do {
            switch url.pathExtension.lowercased() {
            case "md", "markdown":
                let fragment = try PageFragment.render(file: url, contentDirectory: URL(fileURLWithPath: content), offline: offline)
                // The page's own text may name what its charts keep private, as on the site.
                try PrivacyGuard(fragment.privateValues).check(Data(fragment.html.utf8), writing: output ?? "standard output")
                DiagnosticOutput.print(fragment.warnings)
                text = fragment.html
            case "yaml", "yml", "csv", "xlsx":
                let loaded = try loadData()
                text = DiagramRenderer.render(loaded.document).svg
                // Both outputs are checked before either is written.
                let privacy = PrivacyGuard(loaded.document.privateValues)
                try privacy.check(Data(text.utf8), writing: output ?? "standard output")
                if let changes {
                    guard case .orgDiff(let diff) = loaded.document else {
                        throw ValidationError("--changes needs an org diff (kind: org-diff), and \(file) is not one")
                    }
                    let csv = Data(ChangeListCSV.write(diff).utf8)
                    try privacy.check(csv, writing: changes)
                    try csv.write(to: URL(fileURLWithPath: changes))
                }
            default:
                throw ValidationError("cannot render \(file): expected a .md, .yaml, .yml, .csv or .xlsx file")
            }
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw DiagnosticOutput.fail(error)
        }
    }

    /// `-o DECK.pptx`: an org chart as an editable deck (an overview and one slide per
    /// branch when it is too large for one slide), or a decision tree on one slide.
    func runDeck(output: String) throws {
        guard Self.dataExtensions.contains(URL(fileURLWithPath: file).pathExtension.lowercased()) else {
            throw ValidationError("a .pptx deck draws an org chart or a decision tree: expected a .yaml, .yml, .csv or .xlsx file")
        }
        do {
            try OutputFile.checkFolder(of: output)
            let document = try loadData().document
            let data: Data
            switch document {
            case .orgChart(let chart): data = try ChartDeck.make(chart, file: file)
            case .decisionTree(let tree): data = try DecisionTreeDeck.make(tree)
            case .orgDiff, .ownershipMatrix:
                throw ValidationError("a .pptx deck draws an org chart or a decision tree; \(file) holds another kind of diagram")
            }
            try PrivacyGuard(document.privateValues).check(data, writing: output)
            try OutputFile.write(data, to: output)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw DiagnosticOutput.fail(error)
        }
    }

    /// `--split`: the pages of an org chart as SVG files in the output folder.
    func runSplit() throws {
        guard let output else { throw ValidationError("--split needs -o DIR, the folder to write the pages into") }
        guard Self.dataExtensions.contains(URL(fileURLWithPath: file).pathExtension.lowercased()) else {
            throw ValidationError("--split draws org charts: expected a .yaml, .yml, .csv or .xlsx file")
        }
        do {
            let chart = try loadChart(for: "--split draws")
            // Asked for on the command line: a chart marked `split: none` is split as `auto`.
            let pages = ChartPages.make(chart, split: chart.split == .none ? .auto : chart.split)
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            // Every page is checked before the first is written: nothing half-written.
            let privacy = PrivacyGuard(chart.privateValues)
            let drawn = try pages.pages.map { page in
                let svg = ChartPageRenderer.render(page, of: chart, pageURL: { "\($0).svg" }).svg
                try privacy.check(Data(svg.utf8), writing: folder.appendingPathComponent("\(page.id).svg").path)
                return svg
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (page, svg) in zip(pages.pages, drawn) {
                let url = folder.appendingPathComponent("\(page.id).svg")
                try OutputWriter.writeFile(atPath: url.path, Data(svg.utf8))
                let units = page.nodes.filter { !$0.isBranch }.count
                var line = "wrote \(url.path) (\(units) unit\(units == 1 ? "" : "s")"
                if page.parentPageID != nil { line += ", \(page.breadcrumbText)" }
                if !page.fitsBudget { line += "; larger than one legible A4 page" }
                print(line + ")")
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw DiagnosticOutput.fail(error)
        }
    }

    /// The data file, its warnings printed (as warnings: a data file's problems never stop
    /// a drawing).
    private func loadData() throws -> LoadedDocument {
        let loaded = try loadDocument()
        DiagnosticOutput.print(
            loaded.warnings.map {
                var copy = $0
                copy.severity = .warning
                return copy
            })
        return loaded
    }

    /// The data file's org chart; `purpose` ("--split draws") begins the error when the
    /// file holds another kind of diagram.
    private func loadChart(for purpose: String) throws -> OrgChart {
        guard case .orgChart(let chart) = try loadData().document else {
            throw ValidationError("\(purpose) org charts; \(file) holds another kind of diagram")
        }
        return chart
    }
}
