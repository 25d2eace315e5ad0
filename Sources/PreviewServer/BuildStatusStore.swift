import Diagnostics
import Foundation

/// The current `BuildStatus`, shared by the responder (which reads it per request) and the
/// rebuild loop (which replaces it after each build).
final class BuildStatusStore: Sendable {
    private let status: Locked<BuildStatus>

    init(initialFailure: [Diagnostic]? = nil) {
        status = Locked(BuildStatus(generation: 1, failure: initialFailure, changedAt: Self.now()))
    }

    var current: BuildStatus { status.withLock { $0 } }

    /// Records a finished build and returns the new status.
    func record(failure: [Diagnostic]?) -> BuildStatus {
        status.withLock { status in
            status.generation += 1
            status.failure = failure
            status.changedAt = Self.now()
            return status
        }
    }

    private static func now() -> Int { Int(Date().timeIntervalSince1970) }
}
