import ArgumentParser
import Foundation
import Site

/// The folders and switches every site command takes.
struct SiteOptions: ParsableArguments {
    @Option(help: "The folder of Markdown pages and data.")
    var content: String = "Content"

    @Option(help: "The folder of Mustache layouts, partials and assets.")
    var templates: String = "Templates"

    @Option(help: "The folder the site is written to (replaced on success).")
    var output: String = "Public"

    @Flag(help: "Replace the output folder even when it holds files Orgbook did not write.")
    var force = false

    @Flag(help: "Make links name index.html so the site browses from file://.")
    var offline = false

    @Flag(help: "Include pages whose front matter says draft: true.")
    var drafts = false

    var buildConfiguration: BuildConfiguration {
        BuildConfiguration(
            contentDirectory: URL(fileURLWithPath: content),
            templatesDirectory: URL(fileURLWithPath: templates),
            outputDirectory: URL(fileURLWithPath: output),
            offline: offline, includeDrafts: drafts, replacesForeignOutput: force)
    }
}
