import ArgumentParser
import Diagrams
import Foundation
import OrgModel
import Site

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one Markdown file to an HTML fragment, or one data file to SVG.",
        discussion: """
        FILE.md prints the page's HTML as the site renders it (no layout). \
        FILE.yaml, FILE.yml or FILE.csv draws the diagram the data describes.
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

    @Flag(help: "Make links name index.html so they work from file://.")
    var offline = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let text: String
        do {
            switch url.pathExtension.lowercased() {
            case "md", "markdown":
                let fragment = try PageFragment.render(file: url, contentDirectory: URL(fileURLWithPath: content), offline: offline)
                DiagnosticOutput.print(fragment.warnings)
                text = fragment.html
            case "yaml", "yml", "csv":
                let loaded = try OrgDataLoader.load(file: file)
                DiagnosticOutput.print(loaded.warnings.map { var copy = $0; copy.severity = .warning; return copy })
                text = DiagramRenderer.render(loaded.document).svg
                if let changes {
                    guard case .orgDiff(let diff) = loaded.document else {
                        throw ValidationError("--changes needs an org diff (kind: org-diff), and \(file) is not one")
                    }
                    try Data(ChangeListCSV.write(diff).utf8).write(to: URL(fileURLWithPath: changes))
                }
            default:
                throw ValidationError("cannot render \(file): expected a .md, .yaml, .yml or .csv file")
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
}
