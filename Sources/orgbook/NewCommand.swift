import ArgumentParser
import Foundation
import Site

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a small working site to start from.",
        discussion: """
            The starter shows every feature small: pages and links, a diagram of each kind, a \
            decision tree linking to pages, and a sample client report with its data. Its YAML \
            files name their JSON Schemas (written to DIR/schemas) for editor completion.
            """
    )

    @Argument(help: "The folder to create.")
    var directory: String

    @Flag(help: "Only the minimum: site.yaml and a home page (plus templates and schemas).")
    var bare = false

    @Option(help: "A templates folder to copy instead of the built-in templates.")
    var templates: String?

    func run() throws {
        do {
            try SiteScaffold.create(
                at: URL(fileURLWithPath: directory), templates: templates.map { URL(fileURLWithPath: $0) },
                starter: bare ? .bare : .site)
        } catch {
            throw DiagnosticOutput.fail(error)
        }
        print(
            """
            Created a site in \(directory). Next:
              cd \(directory)
              orgbook serve      # then open http://127.0.0.1:8000/
            """)
    }
}
