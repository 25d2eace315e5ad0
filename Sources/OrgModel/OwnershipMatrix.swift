import Diagnostics

/// Who owns which task: columns (units or roles), rows (tasks, optionally grouped), and in
/// each cell zero or more codes from the legend.
public struct OwnershipMatrix: Sendable, Hashable {
    public var title: String?
    public var legend: [LegendEntry]
    public var columns: [MatrixColumn]
    public var groups: [MatrixRowGroup]
    /// True when the legend is RACI (R, A, C, I): each row then needs exactly one `A`.
    public var isRACI: Bool
    /// The RACI rules the matrix asks for (`rules:`, `limits:`, `max-consulted:`).
    public var rules = RACIRules()
    /// The org chart file the columns are bound to (`org:` or `columns: {from:}`), resolved;
    /// nil when the columns name no chart of their own (a report binds them to its charts).
    public var orgFile: String?

    public init(title: String?, legend: [LegendEntry], columns: [MatrixColumn], groups: [MatrixRowGroup], isRACI: Bool) {
        self.title = title
        self.legend = legend
        self.columns = columns
        self.groups = groups
        self.isRACI = isRACI
    }

    /// Every task, in reading order.
    public var rows: [MatrixRow] { groups.flatMap(\.rows) }

    /// Whether the legend has `R` and `A` (RACI, RASCI and their kin), so RACI rules apply.
    public var isRACILike: Bool {
        let codes = Set(legend.map(\.code))
        return codes.contains("R") && codes.contains("A")
    }
}

public struct LegendEntry: Sendable, Hashable {
    public var code: String
    public var label: String
    public var description: String?

    public init(code: String, label: String, description: String? = nil) {
        self.code = code
        self.label = label
        self.description = description
    }
}

public struct MatrixColumn: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The org-chart unit this column stands for (`unit:`, or every column of `columns: {from:}`).
    public var unit: String?
    /// The person this column stands for (`person:`), from a people chart or a chart's `people:`.
    public var person: String?
    /// The column's own caps per code (`limits: {A: 8}` on the column), over the matrix's.
    public var limits: [String: Int] = [:]
    /// Where the column is defined (its item, or the `columns: {from:}` mapping).
    public var location: SourceLocation?

    public init(id: String, name: String, unit: String? = nil, person: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.person = person
        self.location = location
    }

    /// What the column stands for, for comparing owners across two matrices: the bound
    /// unit or person, else the column's id.
    public var ownerKey: String { unit ?? person.map { "person:" + $0 } ?? id }
}

/// A group of rows under a heading; `name` is nil for rows given without a group.
public struct MatrixRowGroup: Sendable, Hashable {
    public var name: String?
    public var rows: [MatrixRow]

    public init(name: String?, rows: [MatrixRow]) {
        self.name = name
        self.rows = rows
    }
}

public struct MatrixRow: Sendable, Hashable {
    public var task: String
    /// Codes per column id; a column missing here is an empty cell.
    public var cells: [String: [String]]
    public var location: SourceLocation?

    public init(task: String, cells: [String: [String]], location: SourceLocation? = nil) {
        self.task = task
        self.cells = cells
        self.location = location
    }
}
