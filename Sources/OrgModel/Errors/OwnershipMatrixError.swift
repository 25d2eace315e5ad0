import Diagnostics

/// The ways an ownership matrix can be wrong (the RACI rules are `RACIProblem`).
public enum OwnershipMatrixError: OrgDataProblem, Hashable {
    case unknownCode(code: String, known: [String])
    case unknownColumn(id: String, known: [String])
    case duplicateCode(String)
    case duplicateColumn(String)
    case emptyCode
    case emptyLabel(code: String)
    case emptyColumnName(column: String)
    case emptyColumnID
    case emptyTask
    case emptyGroupName
    case unknownLegendShorthand(String)

    public var message: String {
        switch self {
        case .unknownCode(let code, _): "unknown code \(quoted(code))"
        case .unknownColumn(let id, _): "unknown column \(quoted(id))"
        case .duplicateCode(let code): "legend code \(quoted(code)) appears twice"
        case .duplicateColumn(let id): "column id \(quoted(id)) appears twice"
        case .emptyCode: "legend entry has no code"
        case .emptyLabel(let code): "legend code \(quoted(code)) has no label"
        case .emptyColumnName(let column): "column \(quoted(column)) has no name"
        case .emptyColumnID: "column has no id"
        case .emptyTask: "row has no task"
        case .emptyGroupName: "group has no name"
        case .unknownLegendShorthand(let name): "unknown legend \(quoted(name))"
        }
    }

    public var hint: String? {
        switch self {
        case .unknownCode(let code, let known) where Self.splitCodes(code, known: known) != nil:
            // `A/R` is how spreadsheets write two codes in one cell; YAML wants a list.
            return "did you mean [\(Self.splitCodes(code, known: known)!.joined(separator: ", "))]? write several codes as a list"
        case .unknownCode(let code, let known):
            return
                "\(NameSuggestion.closest(to: code, in: known).map { "did you mean \(quoted($0))? " } ?? "")codes in the legend: \(quotedList(known, limit: 20))"
        case .unknownColumn(let id, let known):
            return
                "\(NameSuggestion.closest(to: id, in: known).map { "did you mean \(quoted($0))? " } ?? "")column ids: \(quotedList(known, limit: 20))"
        case .duplicateCode: return "give each legend entry its own code"
        case .duplicateColumn: return "give each column its own id"
        case .emptyCode: return "add a short 'code' such as O or S"
        case .emptyLabel: return "add a 'label' saying what the code means"
        case .emptyColumnName: return "add a 'name'; it heads the column"
        case .emptyColumnID: return "add an 'id'; rows refer to it in 'cells'"
        case .emptyTask: return "add a 'task' naming the row"
        case .emptyGroupName: return "add a 'group' name, or list the tasks without a group"
        case .unknownLegendShorthand: return "write 'legend: raci' or list the codes: [{ code: O, label: Owns }]"
        }
    }

    /// The codes in `code` when it is several known codes joined by `/`, `,`, `+`, `&` or
    /// spaces (`A/R`); nil otherwise.
    static func splitCodes(_ code: String, known: [String]) -> [String]? {
        let parts = code.split(whereSeparator: { "/,+& ".contains($0) }).map(String.init)
        guard parts.count > 1, parts.allSatisfy(known.contains) else { return nil }
        return parts
    }
}
