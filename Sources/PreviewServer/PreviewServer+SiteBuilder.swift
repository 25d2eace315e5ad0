import Diagnostics
import Foundation
import Parallel
import Site

extension PreviewServer {
    /// A server that rebuilds with `siteBuilder`, which keeps what it loaded between builds
    /// so each rebuild redoes only what a change needs.
    ///
    /// Builds run one at a time on a queue of their own, off the threads that answer
    /// requests, so pages keep loading while the site rebuilds. A rebuild is announced
    /// once the pages are written; the site's search index is written right after.
    public convenience init(
        configuration: PreviewServerConfiguration, siteBuilder: SiteBuilder,
        initialFailure: [Diagnostic]? = nil, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.init(
            configuration: configuration, initialFailure: initialFailure, log: log,
            rebuild: Self.rebuilding(with: siteBuilder, log: log))
    }

    /// The rebuild the server above uses, for servers that wrap it (tests make it slow).
    public static func rebuilding(with siteBuilder: SiteBuilder, log: @escaping @Sendable (String) -> Void = { _ in }) -> Rebuild {
        let queue = DispatchQueue(label: "orgbook.serve.rebuild", qos: .userInitiated)
        return { changedPaths, cancellation in
            try await onQueue(queue, cancellation: cancellation) {
                try siteBuilder.rebuildDeferringSearchIndex(changedPaths: changedPaths, cancellation: cancellation)
            } then: {
                // Announced as soon as the pages are written; the search index follows
                // on the same queue, before any later rebuild starts.
                do { _ = try siteBuilder.writeDeferredOutputs() } catch { log("could not update the search index: \(error)") }
            }
        }
    }

    /// Builds the site in full within `budget`: the build `serve` makes before it serves.
    /// Throws the budget's error when the build runs over it.
    public static func build(_ siteBuilder: SiteBuilder, within budget: BuildBudget) async throws -> BuildReport {
        let cancellation = BuildCancellation(namesSteps: true)
        let watchdog = Task { await BuildWatchdog(budget: budget).watch(cancellation) }
        defer { watchdog.cancel() }
        let queue = DispatchQueue(label: "orgbook.serve.build", qos: .userInitiated)
        return try await onQueue(queue, cancellation: cancellation) { try siteBuilder.build(cancellation: cancellation) }
    }

    /// Runs `work` on `queue`, then hands its result over and runs `then` there. When the waiting task is cancelled (the server stops) the
    /// build is cancelled, and the wait ends at once even if a step of the build does not:
    /// what is left of it ends with the process.
    private static func onQueue(
        _ queue: DispatchQueue, cancellation: BuildCancellation,
        _ work: @escaping @Sendable () throws -> BuildReport, then: @escaping @Sendable () -> Void = {}
    ) async throws -> BuildReport {
        let waiting = Locked<CheckedContinuation<BuildReport, any Error>?>(nil)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiting.withLock { $0 = continuation }
                queue.async {
                    let result = Result { try work() }
                    waiting.withLock { pending in
                        defer { pending = nil }
                        return pending
                    }?.resume(with: result)
                    then()
                }
            }
        } onCancel: {
            cancellation.cancel(because: CurrentBuild.stopping)
            waiting.withLock { pending in
                defer { pending = nil }
                return pending
            }?.resume(throwing: CancellationError())
        }
    }
}
