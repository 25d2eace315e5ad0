import ArgumentParser

@main
struct Orgbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgbook",
        abstract: "Build CX playbooks and client org reports as static sites."
    )
}
