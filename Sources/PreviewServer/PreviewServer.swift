import Diagnostics
import Foundation
import Hummingbird
import Logging
import NIOCore
import Parallel
import ServiceLifecycle
import Site
import SiteFiles

/// The `orgbook serve` server: serves the output folder over HTTP, rebuilds when sources
/// change, and reloads open pages over Server-Sent Events (`/_orgbook/events`). When a
/// build fails it keeps serving the last good site with the errors shown over each page.
///
/// ```swift
/// let server = PreviewServer(configuration: configuration, siteBuilder: builder)
/// try await server.run { port in print("Serving http://127.0.0.1:\(port)/") }
/// ```
public final class PreviewServer: Sendable {
    /// Rebuilds the site after the files at the given absolute paths changed. Throw a
    /// `DiagnosticError` for a failed build; the output must then be left as it was. Once
    /// `cancellation` is cancelled (the build ran over its budget, or the server is
    /// stopping), stop soon and throw.
    public typealias Rebuild = @Sendable (_ changedPaths: [URL], _ cancellation: BuildCancellation) async throws -> BuildReport

    public let configuration: PreviewServerConfiguration
    private let rebuild: Rebuild
    private let statusStore: BuildStatusStore
    private let hub = EventHub()
    private let log: @Sendable (String) -> Void
    private let serviceGroup = Locked<ServiceGroup?>(nil)
    private let shutdownRequested = Locked(false)

    /// - Parameters:
    ///   - initialFailure: the errors of the build made before serving, if it failed; the
    ///     server then starts with the overlay showing.
    ///   - log: receives one line per rebuild and the diagnostics of failed builds.
    public init(
        configuration: PreviewServerConfiguration, initialFailure: [Diagnostic]? = nil,
        log: @escaping @Sendable (String) -> Void = { _ in }, rebuild: @escaping Rebuild
    ) {
        self.configuration = configuration
        self.rebuild = rebuild
        self.statusStore = BuildStatusStore(initialFailure: initialFailure)
        self.log = log
    }

    /// The latest build's outcome as pages are shown it.
    public var status: BuildStatus { statusStore.current }

    /// How many live-reload streams are open.
    public var openEventStreams: Int { hub.subscriberCount }

    /// Serves until `shutdown()` is called, the task is cancelled, or (when the
    /// configuration says so) SIGINT/SIGTERM arrives; open event streams are closed first
    /// so shutdown does not wait on browsers.
    ///
    /// - Parameter onReady: called once the server listens, with the actual port.
    /// - Throws: `PreviewServerError` when the address cannot be listened on.
    public func run(onReady: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) async throws {
        let quietLogger = Logger(label: "orgbook.serve", factory: { _ in SwiftLogNoOpLogHandler() })
        let responder = SiteResponder(
            resolver: SiteFileResolver(outputDirectory: configuration.outputDirectory.path),
            statusStore: statusStore, hub: hub, requiresLoopbackHost: configuration.isLoopback)
        let requestedPort = configuration.port
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in await onReady(channel.localAddress?.port ?? requestedPort) },
            logger: quietLogger)
        let liveReload = LiveReloadService(
            watcher: makeWatcher(), collector: ChangeCollector(quiet: configuration.debounce),
            rebuild: rebuild, budget: configuration.budget, statusStore: statusStore, hub: hub, heartbeat: configuration.heartbeat,
            ignoredPrefixes: [Self.resolved(configuration.outputDirectory)],
            outputMarker: configuration.outputDirectory.appendingPathComponent(OutputOwnership.markerName).path, log: log)
        // Services shut down in reverse order: live reload (closing event streams) first.
        var groupConfiguration = ServiceGroupConfiguration(
            services: [application, liveReload],
            gracefulShutdownSignals: configuration.handlesSignals ? [.sigint, .sigterm] : [],
            logger: quietLogger)
        // Ctrl-C must stop the server even if a client holds a response open.
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(3)
        let group = ServiceGroup(configuration: groupConfiguration)
        let stopAtOnce = serviceGroup.withLock { stored in
            stored = group
            return shutdownRequested.withLock { $0 }
        }
        if stopAtOnce { return }
        do {
            try await group.run()
        } catch {
            throw translate(error)
        }
    }

    /// Asks a running server to stop gracefully; `run()` returns once it has.
    public func shutdown() async {
        let group = serviceGroup.withLock { stored in
            shutdownRequested.withLock { $0 = true }
            return stored
        }
        await group?.triggerGracefulShutdown()
    }

    private func makeWatcher() -> any FileWatching {
        let roots = configuration.watchedDirectories.map(Self.resolved)
        switch configuration.watchMode {
        case .polling(let interval):
            return PollingWatcher(roots: roots, interval: interval)
        case .automatic:
            #if os(Linux)
                if let watcher = try? InotifyWatcher(roots: roots) { return FallbackWatcher(primary: watcher, roots: roots, log: log) }
            #endif
            return PollingWatcher(roots: roots, interval: .milliseconds(250))
        }
    }

    private static func resolved(_ url: URL) -> String {
        SiteFileResolver.realPath(url.path) ?? url.standardizedFileURL.path
    }

    /// Turns the socket errors of a failed bind into messages that say what to do.
    private func translate(_ error: any Error) -> any Error {
        guard let ioError = error as? IOError else {
            if "\(error)".contains("Address already in use") {
                return PreviewServerError.portInUse(host: configuration.host, port: configuration.port)
            }
            return error
        }
        switch ioError.errnoCode {
        case EADDRINUSE: return PreviewServerError.portInUse(host: configuration.host, port: configuration.port)
        case EADDRNOTAVAIL, EACCES:
            return PreviewServerError.cannotListen(
                host: configuration.host, port: configuration.port,
                reason: String(cString: strerror(ioError.errnoCode)))
        default: return error
        }
    }
}
