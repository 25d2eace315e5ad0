import Foundation

/// Where the preview server listens, what it serves and what it watches.
public struct PreviewServerConfiguration: Sendable {
    /// The built site to serve.
    public var outputDirectory: URL
    /// Folders whose changes trigger a rebuild (usually `Content/` and `Templates/`).
    public var watchedDirectories: [URL]
    /// The address to listen on. Anything but loopback exposes drafts to the network.
    public var host: String
    /// The port to listen on; 0 picks a free one (reported to `onReady`).
    public var port: Int
    /// How long edits must pause before a rebuild starts (editors save in bursts).
    public var debounce: Duration
    public var watchMode: WatchMode
    /// How often open event streams get a keep-alive comment, which also clears out
    /// streams whose browser went away.
    public var heartbeat: Duration
    /// Stop gracefully on SIGINT and SIGTERM (Ctrl-C). Off in tests, which call `shutdown()`.
    public var handlesSignals: Bool
    /// How long a rebuild may take and how much memory it may use before it is cancelled.
    public var budget: BuildBudget

    public init(
        outputDirectory: URL, watchedDirectories: [URL], host: String = "127.0.0.1", port: Int = 8000,
        debounce: Duration = .milliseconds(30), watchMode: WatchMode = .automatic,
        heartbeat: Duration = .seconds(15), handlesSignals: Bool = true, budget: BuildBudget = .standard
    ) {
        self.budget = budget
        self.outputDirectory = outputDirectory
        self.watchedDirectories = watchedDirectories
        self.host = host
        self.port = port
        self.debounce = debounce
        self.watchMode = watchMode
        self.heartbeat = heartbeat
        self.handlesSignals = handlesSignals
    }

    /// Whether `host` only accepts connections from this machine.
    public var isLoopback: Bool {
        let loopbackNames: Set<String> = ["localhost", "::1", "[::1]", "ip6-localhost"]
        return loopbackNames.contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
