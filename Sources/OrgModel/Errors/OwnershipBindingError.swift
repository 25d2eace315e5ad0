import Diagnostics

/// The ways a matrix's binding to an org chart, or its RACI rules, can be wrong.
public enum OwnershipBindingError: OrgDataProblem, Hashable {
    /// A column names a unit or person, but the matrix names no chart to find it in.
    case noChart(column: String)
    /// `accountable`: the tasks the column holds `A` on, named so a removed unit's tasks are seen.
    case unknownUnit(column: String, unit: String, chart: String, suggestion: String?, accountable: [String])
    case unknownPerson(column: String, person: String, chart: String, suggestion: String?, accountable: [String])
    case unitAndPerson(column: String)
    /// `columns: {from:}` picked no unit.
    case noColumnsFrom(chart: String)
    case unknownBranch(String, suggestion: String?)
    case badLayer(String)
    case badLimit(code: String, found: String)
    case unknownLimitCode(String, known: [String])
    case unknownRule(String)
    case unknownLevel(String)
    case badMaxConsulted(String)
    /// RACI rules asked for on a legend without `R` and `A`.
    case rulesNeedRACI(key: String, codes: [String])

    public var message: String {
        switch self {
        case .noChart(let column): "column \(quoted(column)) names a unit or person, but the matrix names no org chart"
        case .unknownUnit(let column, let unit, let chart, _, let tasks):
            "column \(quoted(column)) names unit \(quoted(unit)), which is not in \(chart)\(Self.accountable(tasks))"
        case .unknownPerson(let column, let person, let chart, _, let tasks):
            "column \(quoted(column)) names person \(quoted(person)), who is not in \(chart)\(Self.accountable(tasks))"
        case .unitAndPerson(let column): "column \(quoted(column)) names both a unit and a person"
        case .noColumnsFrom(let chart): "'columns: {from:}' picks no unit of \(chart)"
        case .unknownBranch(let id, _): "unknown branch \(quoted(id))"
        case .badLayer(let text): "'layer' must be a whole number from 1 (the top), not \(quoted(text))"
        case .badLimit(let code, let found): "the limit for \(quoted(code)) must be a positive whole number, not \(quoted(found))"
        case .unknownLimitCode(let code, _): "'limits' names code \(quoted(code)), which is not in the legend"
        case .unknownRule(let name): "unknown RACI rule \(quoted(name))"
        case .unknownLevel(let text): "unknown rule level \(quoted(text))"
        case .badMaxConsulted(let text): "'max-consulted' must be a positive whole number, not \(quoted(text))"
        case .rulesNeedRACI(let key, let codes): "\(quoted(key)) sets RACI rules, but the legend (\(quotedList(codes))) has no 'R' and 'A'"
        }
    }

    public var hint: String? {
        switch self {
        case .noChart: "add 'org: FILE' naming the org chart the columns belong to (in a report, the report's charts are used)"
        case .unknownUnit(_, _, _, let suggestion, _), .unknownPerson(_, _, _, let suggestion, _), .unknownBranch(_, let suggestion):
            suggestion.map { "did you mean \(quoted($0))?" } ?? "use an id from the chart"
        case .unitAndPerson: "a column stands for one unit or one person: keep 'unit' or 'person'"
        case .noColumnsFrom: "pick a 'layer' (1 is the top) or a 'branch' that has units under it"
        case .badLayer: "write 'layer: 2' for the units reporting to the top"
        case .badLimit: "write a cap such as 'limits: {A: 8}'"
        case .unknownLimitCode(let code, let known):
            "\(NameSuggestion.closest(to: code, in: known).map { "did you mean \(quoted($0))? " } ?? "")codes in the legend: \(quotedList(known, limit: 20))"
        case .unknownRule(let name):
            "\(NameSuggestion.closest(to: name, in: RACIRules.Rule.allCases.map(\.rawValue)).map { "did you mean \(quoted($0))? " } ?? "")rules: \(quotedList(RACIRules.Rule.allCases.map(\.rawValue)))"
        case .unknownLevel: "write error, warning or off"
        case .badMaxConsulted: "write a cap such as 'max-consulted: 4'"
        case .rulesNeedRACI: "use 'legend: raci' (or a legend with R and A), or remove the rules"
        }
    }

    private static func accountable(_ tasks: [String]) -> String {
        tasks.isEmpty ? "" : "; the column is accountable for \(quotedList(tasks, limit: 20))"
    }
}
