import Diagnostics
import Foundation
import PreviewServer
import Site

/// A `PreviewServer` running on a free port for one test.
struct RunningServer: Sendable {
    let server: PreviewServer
    let port: Int
    let task: Task<Void, any Error>

    /// Starts a server for `site` and runs `body` against it, then shuts it down and waits
    /// until `run()` has returned (which is itself checked: a clean shutdown).
    static func with<T: Sendable>(
        _ site: TestSite,
        watchMode: WatchMode = .automatic,
        initialFailure: [Diagnostic]? = nil,
        rebuild: PreviewServer.Rebuild? = nil,
        _ body: (RunningServer) async throws -> T
    ) async throws -> T {
        let configuration = PreviewServerConfiguration(
            outputDirectory: site.output, watchedDirectories: [site.content, site.templates],
            host: "127.0.0.1", port: 0, debounce: .milliseconds(30), watchMode: watchMode, handlesSignals: false)
        let server = PreviewServer(
            configuration: configuration, initialFailure: initialFailure,
            rebuild: rebuild ?? { _, _ in try site.build() })
        let running = try await start(server)
        do {
            let result = try await body(running)
            try await running.stop()
            return result
        } catch {
            try? await running.stop()
            throw error
        }
    }

    static func start(_ server: PreviewServer) async throws -> RunningServer {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task {
            defer { continuation.finish() }
            try await server.run { port in continuation.yield(port) }
        }
        for await port in ports {
            return RunningServer(server: server, port: port, task: task)
        }
        try await task.value  // run() ended without listening: surface its error
        throw CancellationError()
    }

    func stop() async throws {
        await server.shutdown()
        try await task.value
    }

    func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> RawHTTPResponse {
        try await RawHTTP.request(target, method: method, headers: headers, port: port)
    }
}
