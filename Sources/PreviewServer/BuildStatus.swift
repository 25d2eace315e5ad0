import Diagnostics

/// The outcome of the latest build, as the server shows it to the pages it serves.
public struct BuildStatus: Sendable, Equatable {
    /// Counts finished builds, good or failed; pages carry the number they were served
    /// with and reload when the server announces a different one.
    public var generation: Int
    /// The errors of the latest build when it failed; `nil` when it succeeded. While set,
    /// the last good site is still served, with these shown in an overlay.
    public var failure: [Diagnostic]?
    /// When the status last changed, in whole seconds since 1970, so `Last-Modified` of a
    /// page moves when its overlay appears or goes even though the file did not change.
    public var changedAt: Int

    public init(generation: Int, failure: [Diagnostic]? = nil, changedAt: Int) {
        self.generation = generation
        self.failure = failure
        self.changedAt = changedAt
    }

    /// Whether the latest build succeeded.
    public var succeeded: Bool { failure == nil }
}
