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

    public init(title: String?, legend: [LegendEntry], columns: [MatrixColumn], groups: [MatrixRowGroup], isRACI: Bool) {
        self.title = title
        self.legend = legend
        self.columns = columns
        self.groups = groups
        self.isRACI = isRACI
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

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
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
