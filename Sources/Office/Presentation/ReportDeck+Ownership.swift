import OrgModel
import ReportModel

/// The ownership matrix, its legend and the tasks changing hands, as table slides.
extension ReportDeck {
    /// The matrix as a table (codes in the cells), then its legend as a table.
    static func ownershipSlides(_ matrix: OwnershipMatrix) -> [SlideBuilder] {
        var rows = [["Task"] + matrix.columns.map(\.name)]
        for group in matrix.groups {
            if let name = group.name { rows.append([name.uppercased()] + matrix.columns.map { _ in "" }) }
            for row in group.rows { rows.append([row.task] + matrix.columns.map { (row.cells[$0.id] ?? []).joined(separator: ", ") }) }
        }
        let title = matrix.title ?? "Ownership"
        return tableSlides(title, rows)
            + tableSlides(
                "\(title): legend",
                [["Code", "Meaning"]]
                    + matrix.legend.map { entry in [entry.code, entry.description.map { "\(entry.label): \($0)" } ?? entry.label] })
    }

    /// Each task and role changing hands: who holds it today and who will. The role is
    /// the legend's label for the code; "lost" when nobody takes it over, "added" for a
    /// task new in the target.
    static func transferRows(_ changes: OwnershipChanges, legend: [LegendEntry]) -> [[String]] {
        let labels = Dictionary(legend.map { ($0.code, $0.label) }, uniquingKeysWith: { first, _ in first })
        return [["Task", "Role", "Change", "Today", "Target"]]
            + changes.transfers.map { transfer in
                let names = { (owners: [OwnershipChanges.Owner]) in owners.isEmpty ? "—" : owners.map(\.name).joined(separator: ", ") }
                return [
                    transfer.task, labels[transfer.code].map { "\($0) (\(transfer.code))" } ?? transfer.code, transfer.change,
                    names(transfer.from), names(transfer.to),
                ]
            }
    }

    /// The codes of both matrices, today's first.
    static func legend(_ report: Report) -> [LegendEntry] { (report.currentOwnership?.legend ?? []) + report.ownership.legend }
}
