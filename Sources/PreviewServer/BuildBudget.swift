import Diagnostics

/// How long a build in `orgbook serve` may run and how much memory it may add to the
/// server's. A build over either is cancelled: the last good site stays up, the
/// overlay says which limit was hit, and the next edit builds as usual.
public struct BuildBudget: Sendable, Equatable {
    /// Wall time from the start of a build; nil: no limit.
    public var timeLimit: Duration?
    /// How far, in mebibytes, the server's resident memory may grow above what it held
    /// when the build started; nil: no limit. Counted from the start of each build, not
    /// from zero, so that what the server keeps (the last site, memory the allocator has
    /// not handed back after a stopped build) does not count against the next one.
    /// Measured on Linux only (`/proc/self/statm`).
    public var memoryLimitMB: Int?

    /// The defaults of `orgbook serve`: two minutes, 4 GiB. A 10,000-page site builds in
    /// seconds in well under a gigabyte; a build past these is a runaway, not a big site.
    public static let standard = BuildBudget(timeLimit: .seconds(120), memoryLimitMB: 4096)

    public init(timeLimit: Duration? = nil, memoryLimitMB: Int? = nil) {
        self.timeLimit = timeLimit
        self.memoryLimitMB = memoryLimitMB
    }

    /// The error of a build stopped at its time limit, while on `step`.
    func overTime(step: String?) -> Diagnostic {
        let seconds = timeLimit.map { Int($0.components.seconds) } ?? 0
        return .error(
            at: nil, "the build ran past its time limit of \(seconds) s and was stopped\(Self.while(step))",
            hint: "the last good site is still served; undo or fix the last edit, or allow longer with "
                + "`orgbook serve --build-timeout \(max(seconds * 2, 1))` (0: no limit)")
    }

    /// The error of a build stopped at its memory limit, having added `addedMB` to the
    /// server's memory (`residentMB` in all), while on `step`.
    func overMemory(addedMB: Int, residentMB: Int, step: String?) -> Diagnostic {
        let limit = memoryLimitMB ?? 0
        return .error(
            at: nil,
            "the build went over its memory limit of \(limit) MB (it added \(addedMB) MB; the server holds \(residentMB) MB) "
                + "and was stopped\(Self.while(step))",
            hint: "the last good site is still served; undo or fix the last edit, or allow more with "
                + "`orgbook serve --build-memory \(max(limit * 2, 1))` (0: no limit)")
    }

    private static func `while`(_ step: String?) -> String {
        step.map { " while \($0)" } ?? ""
    }
}
