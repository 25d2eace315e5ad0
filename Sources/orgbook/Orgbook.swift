import ArgumentParser
import Dispatch

struct Orgbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgbook",
        abstract: "Build CX playbooks and client org reports as static sites.",
        version: Version.current,
        subcommands: [
            BuildCommand.self,
            CheckCommand.self,
            RenderCommand.self,
            NewCommand.self,
            ServeCommand.self,
            ExportCommand.self,
            SchemaCommand.self,
        ]
    )
}

/// The process entry point, synchronous on purpose.
///
/// An `async` main hands the main thread to `dispatch_main`, which parks it in a
/// `pthread_exit` destructor; valgrind cannot follow a process that does that, and
/// callgrind's instruction counts are how a build's cost is compared on a noisy machine.
/// So the main thread runs the synchronous commands itself and only waits for `serve`,
/// the one command that is `async`. Nothing in Orgbook runs on the main actor.
@main
enum Entry {
    static func main() {
        do {
            var command = try Orgbook.parseAsRoot()
            if let asyncCommand = command as? AsyncParsableCommand {
                try runToCompletion(asyncCommand)
            } else {
                try command.run()
            }
        } catch {
            Orgbook.exit(withError: error)
        }
    }

    private static func runToCompletion(_ command: AsyncParsableCommand) throws {
        let run = AsyncRun(command)
        let finished = DispatchSemaphore(value: 0)
        Task {
            do { try await run.command.run() } catch { run.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = run.error { throw error }
    }

    /// One async command and how it ended. The task owns both until it signals; the main
    /// thread reads `error` only after waiting for that signal.
    private final class AsyncRun: @unchecked Sendable {
        var command: AsyncParsableCommand
        var error: Error?
        init(_ command: AsyncParsableCommand) { self.command = command }
    }
}
