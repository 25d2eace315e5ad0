import Diagnostics

/// A broken RACI rule, reported at the level the matrix chose for it (`rules:`). Each
/// names its culprits: every column holding the code, or every task over a column's cap.
public struct RACIProblem: OrgDataProblem, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `columns` hold the task's `A` codes (none, or more than one).
        case accountable(task: String, columns: [String])
        /// The task has no `R`.
        case responsible(task: String)
        /// `column` holds `code` on `tasks`, more than `limit`.
        case overLimit(column: String, code: String, limit: Int, tasks: [String])
        /// `columns` are consulted on the task, more than `limit`.
        case consulted(task: String, columns: [String], limit: Int)
    }

    public var kind: Kind
    public var severity: Diagnostic.Severity

    public init(_ kind: Kind, severity: Diagnostic.Severity) {
        self.kind = kind
        self.severity = severity
    }

    public var message: String {
        switch kind {
        case .accountable(let task, let columns) where columns.isEmpty:
            "task \(quoted(task)) has no 'A'; RACI needs exactly one"
        case .accountable(let task, let columns):
            "task \(quoted(task)) has \(columns.count) 'A' codes (\(quotedList(columns, limit: 20))); RACI needs exactly one"
        case .responsible(let task):
            "task \(quoted(task)) has no 'R'; RACI needs at least one"
        case .overLimit(let column, let code, let limit, let tasks):
            "column \(quoted(column)) holds \(quoted(code)) on \(tasks.count) tasks, over its limit of \(limit): \(quotedList(tasks, limit: 20))"
        case .consulted(let task, let columns, let limit):
            "task \(quoted(task)) consults \(columns.count) columns (\(quotedList(columns, limit: 20))), over 'max-consulted: \(limit)'"
        }
    }

    public var hint: String? {
        switch kind {
        case .accountable(_, let columns) where columns.isEmpty:
            "mark exactly one column 'A' (accountable) for this task"
        case .accountable:
            "keep 'A' on the one column that answers for the result; make the others 'R' or 'C'"
        case .responsible:
            "mark the column that does the work 'R' (the accountable one may be [A, R])"
        case .overLimit(_, let code, _, _):
            "move some of these tasks' \(quoted(code)) to another column, or raise the limit in 'limits:'"
        case .consulted:
            "keep 'C' for those whose input changes the decision; the others can be 'I'"
        }
    }
}
