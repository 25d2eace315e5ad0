import ArgumentParser
import Foundation
import Site

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a small working site to start from."
    )

    @Argument(help: "The folder to create.")
    var directory: String

    @Option(help: "The templates to copy (default: ./Templates, else the ones beside this orgbook).")
    var templates: String?

    func run() throws {
        let source = templates.map { URL(fileURLWithPath: $0) } ?? Self.defaultTemplates()
        do {
            try SiteScaffold.create(at: URL(fileURLWithPath: directory), templates: source)
        } catch {
            throw DiagnosticOutput.fail(error)
        }
        print("Created a site in \(directory). Next: cd \(directory) && orgbook build")
    }

    /// `./Templates` when it exists, else the `Templates` folder of the checkout this
    /// executable was built in (`.build/<config>/orgbook` sits two folders below it).
    static func defaultTemplates() -> URL {
        let fileManager = FileManager.default
        let local = URL(fileURLWithPath: "Templates")
        if fileManager.fileExists(atPath: local.appendingPathComponent("page.mustache").path) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Templates")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("page.mustache").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return local
    }
}
