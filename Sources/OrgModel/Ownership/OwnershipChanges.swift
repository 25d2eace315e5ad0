import Diagnostics

/// Which tasks change hands between today's organisation and the target one: per task and
/// code, who held it and who will. Owners compare by the unit or person their column is
/// bound to (else by column id), so two matrices with different column ids still match.
public struct OwnershipChanges: Sendable, Hashable {
    /// A column holding a code on a task.
    public struct Owner: Sendable, Hashable {
        /// The bound unit or person, else the column id (`MatrixColumn.ownerKey`).
        public var key: String
        public var name: String
    }

    /// A task whose holders of one code differ between today and the target.
    public struct Transfer: Sendable, Hashable {
        public var task: String
        public var code: String
        /// Today's holders; empty for a task new in the target.
        public var from: [Owner]
        /// The target's holders; empty when nobody takes the code over.
        public var to: [Owner]
        /// The task's row in today's matrix (or the target's, for a new task).
        public var location: SourceLocation?
        /// The task is in the target's matrix only.
        public var isNewTask = false

        /// What happens to the code, in the words every output uses: "added" (a new task),
        /// "lost" (nobody in the target holds it) or "changed".
        public var change: String { isNewTask ? "added" : to.isEmpty ? "lost" : "changed" }
    }

    /// A task whose accountable or responsible holders all go: their units or people are
    /// not in the target org, and nobody in the target holds the code.
    public struct Loss: Sendable, Hashable {
        public var task: String
        public var code: String
        /// The holders removed in the target.
        public var removed: [Owner]
        public var location: SourceLocation?
    }

    public var transfers: [Transfer]
    public var losses: [Loss]

    /// Compares `current` (today's matrix, over `before`) with `target` (over `after`).
    /// With no `current`, the one matrix stands for both: a code held by a unit the target
    /// drops is lost, everything else stays.
    public init(current: OwnershipMatrix?, target: OwnershipMatrix, before: OrgChart, after: OrgChart) {
        let old = current ?? target
        var transfers: [Transfer] = []
        var losses: [Loss] = []
        let codes = old.legend.map(\.code) + target.legend.map(\.code).filter { code in !old.legend.contains { $0.code == code } }
        let targetRows = Dictionary(target.rows.map { ($0.task, $0) }, uniquingKeysWith: { first, _ in first })
        for row in old.rows {
            for code in codes {
                let fromColumns = Self.holders(of: code, in: row, matrix: old)
                let toColumns: [MatrixColumn]
                if current == nil {
                    toColumns = fromColumns.filter { Self.exists($0, in: after) }
                } else {
                    toColumns = targetRows[row.task].map { Self.holders(of: code, in: $0, matrix: target) } ?? []
                }
                let from = fromColumns.map(Self.owner)
                let to = toColumns.map(Self.owner)
                if Set(from.map(\.key)) != Set(to.map(\.key)) {
                    transfers.append(Transfer(task: row.task, code: code, from: from, to: to, location: row.location))
                }
                let removed = fromColumns.filter { !Self.exists($0, in: after) }
                if ["A", "R"].contains(code), to.isEmpty, !removed.isEmpty {
                    losses.append(Loss(task: row.task, code: code, removed: removed.map(Self.owner), location: row.location))
                }
            }
        }
        if current != nil {
            let oldTasks = Set(old.rows.map(\.task))
            for row in target.rows where !oldTasks.contains(row.task) {
                for code in codes {
                    let to = Self.holders(of: code, in: row, matrix: target).map(Self.owner)
                    if !to.isEmpty {
                        transfers.append(Transfer(task: row.task, code: code, from: [], to: to, location: row.location, isNewTask: true))
                    }
                }
            }
        }
        self.transfers = transfers
        self.losses = losses
    }

    /// The tasks that have an `A` today and none in the target, in order, once each.
    public var tasksLosingAccountable: [String] {
        var seen: Set<String> = []
        return transfers.filter { $0.code == "A" && !$0.from.isEmpty && $0.to.isEmpty }.map(\.task).filter { seen.insert($0).inserted }
    }

    private static func holders(of code: String, in row: MatrixRow, matrix: OwnershipMatrix) -> [MatrixColumn] {
        matrix.columns.filter { row.cells[$0.id]?.contains(code) == true }
    }

    private static func owner(_ column: MatrixColumn) -> Owner { Owner(key: column.ownerKey, name: column.name) }

    /// Whether the column's unit or person is in `chart`; an unbound column always is.
    static func exists(_ column: MatrixColumn, in chart: OrgChart) -> Bool {
        if let unit = column.unit { return chart.subject == .units && chart.unit(unit) != nil }
        if let person = column.person {
            return chart.subject == .people ? chart.unit(person) != nil : chart.people.contains { $0.id == person }
        }
        return true
    }
}
