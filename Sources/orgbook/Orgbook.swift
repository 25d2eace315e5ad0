import ArgumentParser

@main
struct Orgbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgbook",
        abstract: "Build CX playbooks and client org reports as static sites.",
        subcommands: [
            BuildCommand.self,
            CheckCommand.self,
            RenderCommand.self,
            NewCommand.self,
            // MARK: subcommands written by other parts — add them here when they land:
            // ServeCommand.self,
            // ExportCommand.self,
        ]
    )
}
