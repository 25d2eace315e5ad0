/// Spacing and the shape goal of the balanced org-chart layout.
public struct BalancedLayoutOptions: Hashable, Sendable {
    /// Width over height the whole chart aims at (16:10 by default).
    public var targetAspect: Double = 1.6
    /// Minimum horizontal distance between sibling blocks.
    public var siblingGap: Double = 16
    /// Vertical distance between a manager's box and the reports below it (the bus runs
    /// in its middle).
    public var levelGap: Double = 36
    /// Width of the corridor a trunk or spine runs in.
    public var corridor: Double = 28
    /// Vertical distance between reports stacked on a spine.
    public var stackGap: Double = 10

    public init() {}

    /// The default options aiming at `aspect` (width over height) when given.
    public init(targetAspect: Double?) {
        if let targetAspect, targetAspect.isFinite, targetAspect > 0 { self.targetAspect = targetAspect }
    }
}
