import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with a time limit. Foundation starts the child as the leader of a new
/// process group, so on timeout the whole group — Chromium's zygote and renderers too —
/// is killed, not only the process it started.
enum ChildProcess {
    struct Result {
        var status: Int32
        var output: String
        var timedOut: Bool
    }

    static func run(_ program: String, _ arguments: [String], timeout: Double) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-child-\(UUID().uuidString).log")
        // A file that cannot be made fails just below, where opening it throws.
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            // The child leads its group: its pid is the group's id.
            kill(-process.processIdentifier, SIGKILL)
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: text, timedOut: timedOut)
    }
}
