/// Gathers changed paths from a watcher and hands them out in batches, one batch per burst.
///
/// Editors save in bursts (a temp file, a rename, an attribute change); a batch is released
/// once no change arrived for the quiet period, or when a burst goes on for too long. Paths
/// that arrive while a build runs simply wait for the next batch, so builds never overlap
/// and never queue up.
final class ChangeCollector: Sendable {
    private struct State {
        var pending: [String] = []
        var seen: Set<String> = []
        var firstChange: ContinuousClock.Instant?
        var lastChange: ContinuousClock.Instant?
        var waiter: CheckedContinuation<Void, Never>?
        var finished = false
    }

    private let state = Locked(State())
    private let quiet: Duration
    private let longestWait: Duration

    /// - Parameters:
    ///   - quiet: how long no change must arrive before a batch is released.
    ///   - longestWait: a batch is released this long after its first change at the latest.
    init(quiet: Duration, longestWait: Duration? = nil) {
        self.quiet = quiet
        self.longestWait = longestWait ?? quiet * 10
    }

    /// Records a changed path; callable from any thread.
    func add(_ path: String) {
        let waiter: CheckedContinuation<Void, Never>? = state.withLock { state in
            guard !state.finished else { return nil }
            let now = ContinuousClock.now
            if state.seen.insert(path).inserted { state.pending.append(path) }
            if state.firstChange == nil { state.firstChange = now }
            state.lastChange = now
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Ends `nextBatch()` for good.
    func finish() {
        let waiter = state.withLock { state in
            state.finished = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Waits for the next burst of changes to settle and returns its paths in arrival
    /// order, or nil once finished or cancelled.
    func nextBatch() async -> [String]? {
        while true {
            await waitForAChange()
            while true {
                if Task.isCancelled { return nil }
                enum Step {
                    case finished
                    case release([String])
                    case wait(Duration)
                }
                let step: Step = state.withLock { state in
                    if state.finished { return .finished }
                    guard let first = state.firstChange, let last = state.lastChange else { return .wait(quiet) }
                    let now = ContinuousClock.now
                    let settled = now - last >= quiet || now - first >= longestWait
                    guard settled else { return .wait(min(quiet - (now - last), longestWait - (now - first))) }
                    defer { state = State(finished: state.finished) }
                    return .release(state.pending)
                }
                switch step {
                case .finished: return nil
                case .release(let paths): if !paths.isEmpty { return paths }
                case .wait(let duration):
                    try? await Task.sleep(for: duration)
                    continue
                }
                break
            }
            if state.withLock({ $0.finished }) || Task.isCancelled { return nil }
        }
    }

    /// Suspends until something is pending (or the collector is finished or cancelled).
    private func waitForAChange() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    if state.finished || !state.pending.isEmpty || Task.isCancelled { return true }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }
}
