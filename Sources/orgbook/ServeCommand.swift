import ArgumentParser
import Diagnostics
import Foundation
import PreviewServer
import Site

/// `orgbook serve`: build, serve the output folder, and rebuild and reload open pages on
/// every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild and reload pages as you edit.",
        discussion: """
            Pages reload by themselves after each rebuild and keep their scroll position. When a \
            build fails, the last good site stays up with the errors shown over each page. \
            A build that runs past --build-timeout or --build-memory is stopped the same way. \
            Stop with Ctrl-C.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The address to listen on. Anything but 127.0.0.1 or localhost shows your drafts to the network.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8000

    @Flag(help: "Watch for edits by polling (for network drives and containers where file notifications do not arrive).")
    var poll = false

    @Option(help: ArgumentHelp("Stop a build that runs longer than this (0: no limit).", valueName: "seconds"))
    var buildTimeout = Int(BuildBudget.standard.timeLimit!.components.seconds)

    @Option(help: ArgumentHelp("Stop a build while the server holds more memory than this (0: no limit).", valueName: "MB"))
    var buildMemory = BuildBudget.standard.memoryLimitMB!

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard buildTimeout >= 0 else { throw ValidationError("--build-timeout must be a number of seconds, or 0 for no limit") }
        guard buildMemory >= 0 else { throw ValidationError("--build-memory must be a number of megabytes, or 0 for no limit") }
    }

    var budget: BuildBudget {
        BuildBudget(
            timeLimit: buildTimeout == 0 ? nil : .seconds(buildTimeout),
            memoryLimitMB: buildMemory == 0 ? nil : buildMemory)
    }

    func run() async throws {
        let build = site.buildConfiguration
        let builder = SiteBuilder(configuration: build)
        let initialFailure = await Self.firstBuild(builder, within: budget)

        let serving = PreviewServerConfiguration(
            outputDirectory: build.outputDirectory,
            watchedDirectories: [build.contentDirectory, build.templatesDirectory],
            host: host, port: port, watchMode: poll ? .polling(interval: .milliseconds(250)) : .automatic, budget: budget)
        if !serving.isLoopback {
            Self.printError(
                "warning: listening on \(host), not on loopback: anyone who can reach this machine can read the site "
                    + "— use --host 127.0.0.1 to keep it local")
        }
        let server = PreviewServer(
            configuration: serving, siteBuilder: builder, initialFailure: initialFailure,
            log: { line in Self.printLine(line) })
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let watched = "\(site.content)/ and \(site.templates)/"
        let output = site.output
        do {
            try await server.run { port in
                Self.printLine("Serving \(output)/ at http://\(shownHost):\(port)/ — watching \(watched) (Ctrl-C to stop)")
            }
        } catch let error as PreviewServerError {
            Self.printError(error.description)
            throw ExitCode.failure
        }
        Self.printLine("Stopped.")
    }

    /// Builds once before serving. A failure is reported but does not stop the server: it
    /// serves whatever the output folder holds, with the errors over every page, and the
    /// next save that fixes them clears them.
    private static func firstBuild(_ builder: SiteBuilder, within budget: BuildBudget) async -> [Diagnostic]? {
        do {
            let report = try await PreviewServer.build(builder, within: budget)
            DiagnosticOutput.print(report.warnings)
            printLine("Built \(report.pageCount) pages in \(report.duration.milliseconds) ms")
            return nil
        } catch {
            let diagnostics = DiagnosticError(error, at: nil).diagnostics
            DiagnosticOutput.print(diagnostics)
            printError("The build failed; serving the previous output with the errors shown in each page.")
            return diagnostics
        }
    }

    private static func printLine(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func printError(_ line: String) {
        DiagnosticOutput.printError(line)
    }
}
