import Diagnostics

/// Checks a RACI-like matrix against its rules and returns one diagnostic per broken
/// rule, at the task (or, for a column's cap, the column) that breaks it.
public enum RACICheck {
    public static func problems(in matrix: OwnershipMatrix) -> [Diagnostic] {
        // A legend that is exactly R, A, C, I gets the two basics by default; another
        // RACI-like legend (RASCI…) only when the author asks for rules.
        guard matrix.isRACI || (matrix.isRACILike && matrix.rules.isSpecified) else { return [] }
        let rules = matrix.rules
        var found: [Diagnostic] = []
        func report(_ kind: RACIProblem.Kind, _ rule: RACIRules.Rule, at location: SourceLocation?) {
            guard let severity = rules.level(rule).severity else { return }
            found.append(RACIProblem(kind, severity: severity).diagnostic(at: location))
        }
        for row in matrix.rows {
            let holders = { (code: String) in matrix.columns.filter { row.cells[$0.id]?.contains(code) == true }.map(\.name) }
            let accountable = holders("A")
            if accountable.count != 1 { report(.accountable(task: row.task, columns: accountable), .accountable, at: row.location) }
            if holders("R").isEmpty { report(.responsible(task: row.task), .responsible, at: row.location) }
            if let limit = rules.maxConsulted {
                let consulted = holders("C")
                if consulted.count > limit {
                    report(.consulted(task: row.task, columns: consulted, limit: limit), .consulted, at: row.location)
                }
            }
        }
        for column in matrix.columns {
            let limits = rules.limits.merging(column.limits) { _, own in own }
            for code in matrix.legend.map(\.code) {
                guard let limit = limits[code] else { continue }
                let tasks = matrix.rows.filter { $0.cells[column.id]?.contains(code) == true }.map(\.task)
                if tasks.count > limit {
                    report(.overLimit(column: column.name, code: code, limit: limit, tasks: tasks), .limits, at: column.location)
                }
            }
        }
        return found
    }

    /// The tasks per code a column holds, in legend order, and the caps that apply to it:
    /// what the workload view draws.
    public static func workload(of matrix: OwnershipMatrix) -> [ColumnWorkload] {
        matrix.columns.map { column in
            let limits = matrix.rules.limits.merging(column.limits) { _, own in own }
            let counts = matrix.legend.map { entry in
                matrix.rows.filter { $0.cells[column.id]?.contains(entry.code) == true }.count
            }
            return ColumnWorkload(column: column, counts: counts, limits: matrix.legend.map { limits[$0.code] })
        }
    }
}

/// One column's load: how many tasks hold each legend code, and each code's cap.
public struct ColumnWorkload: Sendable, Hashable {
    public var column: MatrixColumn
    /// Per legend entry, in legend order.
    public var counts: [Int]
    /// Per legend entry, the cap, or nil.
    public var limits: [Int?]

    /// The legend indices whose count is over the cap.
    public var overLimit: [Int] { counts.indices.filter { index in limits[index].map { counts[index] > $0 } ?? false } }
}
