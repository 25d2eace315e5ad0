import Diagnostics
import Parallel
import Site

/// The build the live-reload loop is running, so that stopping the server can cancel it:
/// Ctrl-C must not wait for a long build to finish.
final class CurrentBuild: Sendable {
    private struct State {
        var cancellation: BuildCancellation?
        var stopping = false
    }

    private let state = Locked(State())

    /// The cancellation for a build about to start (cancelled already when stopping).
    func start() -> BuildCancellation {
        let cancellation = BuildCancellation(namesSteps: true)
        let stopping = state.withLock { state in
            state.cancellation = cancellation
            return state.stopping
        }
        if stopping { cancellation.cancel(because: Self.stopping) }
        return cancellation
    }

    func finish() {
        state.withLock { $0.cancellation = nil }
    }

    /// Cancels the running build, and any later one, because the server is stopping.
    func stop() {
        let running = state.withLock { state in
            state.stopping = true
            return state.cancellation
        }
        running?.cancel(because: Self.stopping)
    }

    var isStopping: Bool { state.withLock { $0.stopping } }

    static let stopping = Diagnostic.error(at: nil, "the server is stopping")
}
