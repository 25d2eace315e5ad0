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
    /// Whether steps are named and timed for `currentStep`. Only a build that may be
    /// stopped for running long (the preview server's) needs to say where it is; for the
    /// others a step is one look at the stop, not a lock taken four times with a name built
    /// twice, which two cores contended for on every page.
    private let namesSteps: Bool

    /// `namesSteps`: keep `currentStep`, for a watchdog that names where a build stopped.
    public init(namesSteps: Bool = false) { self.namesSteps = namesSteps }

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
    /// build is stuck in), else the last one started. Always nil unless steps are named.
    public var currentStep: String? {
        lock.withLock { inFlight.min { $0.value < $1.value }?.key ?? lastStep }
    }

    /// A step begun, for `end(_:)`: its name when steps are named.
    package struct Step: Sendable {
        fileprivate let name: String?
    }

    /// Starts the step `step`, or throws the reason when the build was cancelled. Pass what
    /// it returns to `end(_:)`. The name is built only when steps are named or observed.
    package func begin(_ step: @autoclosure () -> String) throws(Diagnostic) -> Step {
        let (reason, observer) = lock.withLock { (cancelledBecause, onStep) }
        if let reason { throw reason }
        guard namesSteps || observer != nil else { return Step(name: nil) }
        let name = step()
        if namesSteps {
            lock.withLock {
                inFlight[name] = .now
                lastStep = name
            }
        }
        observer?(name)
        try check()
        return Step(name: namesSteps ? name : nil)
    }

    package func end(_ step: Step) {
        guard let name = step.name else { return }
        lock.withLock { _ = inFlight.removeValue(forKey: name) }
    }

    /// Throws the reason when the build was cancelled.
    package func check() throws(Diagnostic) {
        if let reason { throw reason }
    }
}
