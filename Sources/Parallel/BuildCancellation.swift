import Diagnostics
import Foundation

/// Stops a build part-way. The build checks it at its natural steps (each page read,
/// rendered and written, each diagram drawn) and, once cancelled, throws the reason at the
/// next one; a full build then throws its staging folder away, so nothing half-made is
/// ever served. The preview server cancels a build that runs over its time or memory
/// budget, and the one running when it is asked to stop.
///
/// A step that has started runs to its end: cancelling bounds the wait by one step.
///
/// Thread-safe: steps run on many threads at once; `cancel` may come from any of them.
public final class BuildCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelledBecause: Diagnostic?
    /// Steps started and not yet ended, with when each started.
    private var inFlight: [String: ContinuousClock.Instant] = [:]
    private var lastStep: String?
    private var onStep: (@Sendable (String) -> Void)?

    public init() {}

    /// Calls `observer` as each step starts, on the thread that runs it, with what the
    /// step is on (`reading guide/setup.md`). For progress, and for tests that make a
    /// step slow on purpose.
    public func observeSteps(_ observer: @escaping @Sendable (String) -> Void) {
        lock.withLock { onStep = observer }
    }

    /// Asks the build to stop at its next step, throwing `reason` there. The first reason
    /// given is the one thrown.
    public func cancel(because reason: Diagnostic) {
        lock.withLock {
            if cancelledBecause == nil { cancelledBecause = reason }
        }
    }

    /// Why the build was cancelled; nil while it was not.
    public var reason: Diagnostic? { lock.withLock { cancelledBecause } }

    public var isCancelled: Bool { reason != nil }

    /// What the build is busy with: the step in flight the longest (the one a runaway
    /// build is stuck in), else the last one started.
    public var currentStep: String? {
        lock.withLock { inFlight.min { $0.value < $1.value }?.key ?? lastStep }
    }

    /// Starts the step `step`, or throws the reason when the build was cancelled. Pair it
    /// with `end(_:)`.
    package func begin(_ step: @autoclosure () -> String) throws(Diagnostic) {
        try check()
        let name = step()
        let observer = lock.withLock {
            inFlight[name] = .now
            lastStep = name
            return onStep
        }
        observer?(name)
        try check()
    }

    package func end(_ step: @autoclosure () -> String) {
        let name = step()
        lock.withLock { _ = inFlight.removeValue(forKey: name) }
    }

    /// Throws the reason when the build was cancelled.
    package func check() throws(Diagnostic) {
        if let reason { throw reason }
    }
}
