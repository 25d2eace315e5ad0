import Diagnostics

/// The RACI rules a matrix is checked against, each an error, a warning or off by the
/// author's choice (`rules:`), with the caps given by `limits:` and `max-consulted:`.
public struct RACIRules: Sendable, Hashable {
    /// How a broken rule is reported; `off` skips the rule.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case error, warning, off

        public var severity: Diagnostic.Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .off: nil
            }
        }
    }

    /// The rules by name, as written under `rules:`.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// Exactly one `A` per task.
        case accountable
        /// At least one `R` per task.
        case responsible
        /// No column over its cap for a code (`limits:`).
        case limits
        /// No task with more `C` than `max-consulted:`.
        case consulted
    }

    /// Level per rule; a rule missing here has its default level.
    public var levels: [Rule: Level] = [:]
    /// Caps per code for every column (`limits: {A: 8}`): a column may hold that code on at
    /// most this many tasks. A column's own `limits` win.
    public var limits: [String: Int] = [:]
    /// At most this many `C` per task; nil for no cap.
    public var maxConsulted: Int?

    public init() {}

    /// The level `rule` is checked at: as set; else a warning for one `A` per task (the
    /// long-standing lint) and, once the author writes any rule or cap, for the others too;
    /// else off, so a matrix that asks for nothing gains no new warnings.
    public func level(_ rule: Rule) -> Level {
        if let level = levels[rule] { return level }
        return rule == .accountable || isSpecified ? .warning : .off
    }

    /// Whether any RACI rule or cap was written (so a legend that is not RACI-like is an error).
    public var isSpecified: Bool { !levels.isEmpty || !limits.isEmpty || maxConsulted != nil }
}
