/// Uses a kernel watcher, and switches to polling when it cannot start (for instance when
/// `fs.inotify.max_user_watches` is exhausted by a very large tree).
final class FallbackWatcher: FileWatching {
    private let primary: any FileWatching
    private let fallback: PollingWatcher
    private let log: @Sendable (String) -> Void
    private let usingFallback = Locked(false)

    init(primary: any FileWatching, roots: [String], log: @escaping @Sendable (String) -> Void) {
        self.primary = primary
        self.fallback = PollingWatcher(roots: roots, interval: .milliseconds(250))
        self.log = log
    }

    func start(onChange: @escaping @Sendable (String) -> Void) throws {
        do {
            try primary.start(onChange: onChange)
        } catch {
            primary.stop()
            log("file notifications unavailable (\(error)); watching by polling every 250 ms")
            usingFallback.withLock { $0 = true }
            try fallback.start(onChange: onChange)
        }
    }

    func stop() {
        if usingFallback.withLock({ $0 }) { fallback.stop() } else { primary.stop() }
    }
}
