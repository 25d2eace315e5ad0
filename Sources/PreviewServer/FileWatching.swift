/// Reports files and folders that change under a set of folders, recursively.
protocol FileWatching: Sendable {
    /// Starts watching; `onChange` receives absolute paths, from any thread, possibly
    /// several times for one save.
    func start(onChange: @escaping @Sendable (String) -> Void) throws
    /// Stops watching; no `onChange` call starts after this returns.
    func stop()
}

/// How the server notices edits.
public enum WatchMode: Sendable, Equatable {
    /// Kernel notifications (inotify on Linux), falling back to polling where they are
    /// unavailable or exhausted.
    case automatic
    /// Scan the folders at this interval: works everywhere, including network drives and
    /// containers where notifications do not arrive.
    case polling(interval: Duration)
}
