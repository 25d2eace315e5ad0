import Diagnostics
import OrgModel

/// Problems reading an export through `source:`, `preset:`, `columns:` and `group-by:`,
/// and with `color-by:`.
public enum SourceError: OrgDataProblem, Hashable {
    case unknownPreset(String)
    /// A mapped column that the header lacks; `header` lists the columns it has.
    case missingColumn(field: String, column: String, header: [String])
    case unknownField(String, known: [String])
    case noIDOrManager
    case unknownColorBy(String, known: [String])
    case unknownGroupBy(String, known: [String])
    case emptyGroup(person: String, column: String)
    /// Several people head one group, reporting into different groups.
    case ambiguousHead(unit: String, heads: [String], parentUnits: [String])
    case unsupportedSource(path: String)
    case unknownPrivateField(String, known: [String])

    public var message: String {
        switch self {
        case .unknownPreset(let name): "unknown preset \(quoted(name))"
        case .missingColumn(let field, let column, let header):
            "the header has no column \(quoted(column)) (mapped to \(quoted(field))); it has \(quotedList(header, limit: 30))"
        case .unknownField(let field, _): "unknown field \(quoted(field)) in 'columns'"
        case .noIDOrManager: "the mapping has no 'id', or neither 'manager' nor 'parent'"
        case .unknownColorBy(let name, _): "'color-by' names \(quoted(name)), which is no attribute of this data"
        case .unknownGroupBy(let name, _): "'group-by' names \(quoted(name)), which is neither a field nor a column of this data"
        case .emptyGroup(let person, let column): "person \(quoted(person)) has no value in \(quoted(column)), the 'group-by' column"
        case .ambiguousHead(let unit, let heads, let parents):
            "unit \(quoted(unit)) has no single head: \(quotedList(heads)) report into different units (\(quotedList(parents)))"
        case .unsupportedSource(let path): "\(quoted(path)) is neither a CSV (.csv) nor an Excel workbook (.xlsx)"
        case .unknownPrivateField(let field, _): "'private' names \(quoted(field)), which is no field of this data"
        }
    }

    public var hint: String? {
        switch self {
        case .unknownPreset:
            return "presets are \(ExportPreset.allCases.map(\.rawValue).joined(separator: ", ")); or map columns yourself under 'columns:'"
        case .missingColumn(_, let column, let header):
            let suggestion = NameSuggestion.closest(to: column, in: header).map { "did you mean \(quoted($0))? " } ?? ""
            return suggestion + "map the field to one of the header's columns under 'columns:'"
        case .unknownField(_, let known): return "fields are \(known.joined(separator: ", "))"
        case .noIDOrManager: return "map 'id' and 'manager' (people) or 'parent' (units): columns: {id: Employee ID, manager: Manager ID}"
        case .unknownColorBy(let name, let known):
            let suggestion = NameSuggestion.closest(to: name, in: known).map { "did you mean \(quoted($0))? " } ?? ""
            return suggestion
                + (known.isEmpty ? "only columns not mapped to a field are attributes" : "attributes are \(quotedList(known, limit: 20))")
        case .unknownGroupBy(let name, let known):
            let suggestion = NameSuggestion.closest(to: name, in: known).map { "did you mean \(quoted($0))? " } ?? ""
            return suggestion + "group by 'unit' or by a column of the export"
        case .emptyGroup: return "fill in the column for every person, or group by another column"
        case .ambiguousHead:
            return "a unit's people must report into one unit: correct these people's unit or manager in the export"
        case .unsupportedSource: return "export the data as CSV or .xlsx"
        case .unknownPrivateField(let field, let known):
            let suggestion = NameSuggestion.closest(to: field, in: known).map { "did you mean \(quoted($0))? " } ?? ""
            return suggestion + "private fields are \(quotedList(known, limit: 20))"
        }
    }
}
