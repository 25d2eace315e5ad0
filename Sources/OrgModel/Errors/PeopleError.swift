import Diagnostics

/// The ways a list of people can fail to form one reporting tree, or to fit the chart's
/// units: the people-worded counterparts of `OrgChartError`, one named error each.
public enum PeopleError: OrgDataProblem, Hashable {
    case emptyID
    case duplicateID(String, firstLine: Int)
    case unknownManager(person: String, manager: String, suggestion: String?)
    /// A manager given by name that several people have.
    case ambiguousManager(person: String, manager: String, candidates: [String])
    case severalTops(people: [String])
    case noTop
    case cycle(people: [String])
    case unknownDottedManager(person: String, manager: String, suggestion: String?)
    case noPeople
    case unknownUnit(person: String, unit: String, suggestion: String?)

    /// The people wording of a tree problem found by `OrgChartBuilder`.
    public init?(_ problem: OrgChartError) {
        switch problem {
        case .emptyID: self = .emptyID
        case .emptyName: return nil  // a person with no name is a vacant position
        case .duplicateID(let id, let line): self = .duplicateID(id, firstLine: line)
        case .unknownParent(let unit, let parent, let suggestion):
            self = .unknownManager(person: unit, manager: parent, suggestion: suggestion)
        case .severalRoots(let roots): self = .severalTops(people: roots)
        case .noRoot: self = .noTop
        case .cycle(let units): self = .cycle(people: units)
        case .unknownDottedManager(let unit, let manager, let suggestion):
            self = .unknownDottedManager(person: unit, manager: manager, suggestion: suggestion)
        case .noUnits: self = .noPeople
        }
    }

    public var message: String {
        switch self {
        case .emptyID: "person has no id"
        case .duplicateID(let id, let line): "duplicate person id \(quoted(id)) (first used on line \(line))"
        case .unknownManager(let person, let manager, _): "person \(quoted(person)) has manager \(quoted(manager)), who matches nobody"
        case .ambiguousManager(let person, let manager, let candidates):
            "person \(quoted(person)) has manager \(quoted(manager)), a name several people share: \(quotedList(candidates))"
        case .severalTops(let people): "several people have no manager: \(quotedList(people))"
        case .noTop: "nobody is at the top: every person has a manager"
        case .cycle(let people): "people manage each other in a cycle: \((people + [people[0]]).joined(separator: " → "))"
        case .unknownDottedManager(let person, let manager, _):
            "person \(quoted(person)) has unknown dotted-line manager \(quoted(manager))"
        case .noPeople: "the chart lists no people"
        case .unknownUnit(let person, let unit, _): "person \(quoted(person)) is in unit \(quoted(unit)), which the chart does not list"
        }
    }

    public var hint: String? {
        func didYouMean(_ suggestion: String?) -> String { suggestion.map { "did you mean \(quoted($0))? " } ?? "" }
        switch self {
        case .emptyID: return "give every person a unique id (map the export's employee number to 'id')"
        case .duplicateID: return "give each person their own id; a person in two positions needs two position ids"
        case .unknownManager(_, _, let suggestion):
            return didYouMean(suggestion)
                + "give the id (or the unique name) of a person in this data, or leave it empty for the top person"
        case .ambiguousManager: return "give the manager's id instead of the name (map a manager-id column to 'manager')"
        case .severalTops: return "a chart has one top person: give every other person a manager"
        case .noTop: return "leave the manager empty for the top person"
        case .cycle: return "give one of these people a manager outside the cycle"
        case .unknownDottedManager(_, _, let suggestion): return didYouMean(suggestion) + "list ids of people in this data"
        case .noPeople: return "add people under 'people', or check that the export has rows below its header"
        case .unknownUnit(_, _, let suggestion): return didYouMean(suggestion) + "use the id of a unit under 'units'"
        }
    }
}
