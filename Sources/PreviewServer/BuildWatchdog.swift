import Diagnostics
import Parallel
import Site

/// Watches one build against a `BuildBudget` and cancels it when it runs over.
struct BuildWatchdog: Sendable {
    let budget: BuildBudget
    /// How often time and memory are looked at.
    var interval: Duration = .milliseconds(50)

    /// Samples until `cancellation`'s build is over budget, cancels it and returns why; nil
    /// when the task is cancelled first (the build ended in time).
    func watch(_ cancellation: BuildCancellation, startedAt start: ContinuousClock.Instant = .now) async -> Diagnostic? {
        guard budget.timeLimit != nil || budget.memoryLimitMB != nil else { return nil }
        let baseline = ResidentMemory.current()
        while !Task.isCancelled {
            if let reason = overBudget(since: start, baseline: baseline, step: cancellation.currentStep) {
                cancellation.cancel(because: reason)
                return cancellation.reason
            }
            do { try await Task.sleep(for: interval) } catch { return nil }
        }
        return nil
    }

    /// The error to stop with when the build started at `start`, with `baseline` bytes
    /// resident, is over budget now.
    func overBudget(since start: ContinuousClock.Instant, baseline: Int?, step: String?) -> Diagnostic? {
        if let limit = budget.timeLimit, start.duration(to: .now) > limit {
            return budget.overTime(step: step)
        }
        if let limit = budget.memoryLimitMB, let baseline, let resident = ResidentMemory.current(), resident - baseline > limit << 20 {
            return budget.overMemory(addedMB: (resident - baseline) >> 20, residentMB: resident >> 20, step: step)
        }
        return nil
    }
}
