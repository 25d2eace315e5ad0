/// What the boxes of an org chart stand for.
public enum OrgChartSubject: String, Sendable, Hashable {
    /// Units, teams or roles, each with a parent unit.
    case units
    /// People and positions, each with a manager.
    case people
}
