import Diagnostics

/// The ways a list of units can fail to form one tree, after d3-hierarchy's `stratify`:
/// one named error each.
public enum OrgChartError: OrgDataProblem, Hashable {
    case emptyID
    case emptyName(unit: String)
    case duplicateID(String, firstLine: Int)
    case unknownParent(unit: String, parent: String, suggestion: String?)
    /// `roots` lists every unit without a parent, in input order.
    case severalRoots(roots: [String])
    case noRoot
    /// `units` in parent order, starting from the one defined first: a → b → … → a.
    case cycle(units: [String])
    case unknownDottedManager(unit: String, manager: String, suggestion: String?)
    case noUnits

    public var message: String {
        switch self {
        case .emptyID: "unit has no id"
        case .emptyName(let unit): "unit \(quoted(unit)) has no name"
        case .duplicateID(let id, let firstLine): "duplicate id \(quoted(id)) (first used on line \(firstLine))"
        case .unknownParent(let unit, let parent, _): "unit \(quoted(unit)) has unknown parent \(quoted(parent))"
        case .severalRoots(let roots): "several units have no parent: \(quotedList(roots))"
        case .noRoot: "no unit is the root: every unit has a parent"
        case .cycle(let units): "units report to each other in a cycle: \((units + [units[0]]).joined(separator: " → "))"
        case .unknownDottedManager(let unit, let manager, _): "unit \(quoted(unit)) has unknown dotted-line manager \(quoted(manager))"
        case .noUnits: "the org chart has no units"
        }
    }

    public var hint: String? {
        switch self {
        case .emptyID: return "give the unit a unique 'id'"
        case .emptyName: return "give the unit a 'name'"
        case .duplicateID: return "give each unit its own id"
        case .unknownParent(_, _, let suggestion):
            return (suggestion.map { "did you mean \(quoted($0))? " } ?? "")
                + "use the id of a unit in this chart, or leave 'parent' empty for the root"
        case .severalRoots: return "an org chart has one root: give every other unit a 'parent'"
        case .noRoot: return "leave 'parent' empty on the top unit"
        case .cycle: return "give one of these units a parent outside the cycle"
        case .unknownDottedManager(_, _, let suggestion):
            return (suggestion.map { "did you mean \(quoted($0))? " } ?? "") + "list only ids of units in this chart under 'dotted'"
        case .noUnits: return "add at least one unit under 'units'"
        }
    }
}
