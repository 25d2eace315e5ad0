import OrgModel
import Rendering
import Templates

/// The template values that connect the report's parts: which tasks change hands between
/// today's org and the target one, and where the other answers of the decision tree lead.
extension RenderedReport {
    /// `report.transfers`: one row per task and code whose holders change, in task order,
    /// plus counts for the sentence above the table.
    var ownershipChangesValue: TemplateValue {
        let changes = report.ownershipChanges
        let labelByCode = Dictionary(
            ((report.currentOwnership?.legend ?? []) + report.ownership.legend).map { ($0.code, $0.label) },
            uniquingKeysWith: { _, last in last })
        // One `<tbody>` per task: its name heads the group, one row per letter that changes.
        var groups: [(task: String, rows: [TemplateValue])] = []
        // Accountability first in each task: it is what a reader looks for.
        let ordered = changes.transfers.enumerated().sorted { a, b in
            a.element.task != b.element.task || (a.element.code == "A") == (b.element.code == "A")
                ? a.offset < b.offset
                : a.element.code == "A"
        }.map(\.element)
        for transfer in ordered {
            let lost = !transfer.from.isEmpty && transfer.to.isEmpty
            let row: TemplateValue = .object([
                "code": .text(transfer.code),
                "role": .text(labelByCode[transfer.code] ?? transfer.code),
                "from": .text(transfer.from.map(\.name).joined(separator: ", ")),
                "hasFrom": .bool(!transfer.from.isEmpty),
                "isNewTask": .bool(transfer.isNewTask),
                "to": .text(transfer.to.map(\.name).joined(separator: ", ")),
                "isLost": .bool(lost),
                "isAccountableLost": .bool(lost && transfer.code == "A"),
            ])
            if groups.last?.task == transfer.task {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append((transfer.task, [row]))
            }
        }
        let rows: [TemplateValue] = groups.map { group in
            .object([
                "task": .text(group.task), "span": .number(group.rows.count),
                "first": group.rows[0], "rest": .list(Array(group.rows.dropFirst())),
            ])
        }
        let tasks = Set(changes.transfers.map(\.task))
        let losing = changes.tasksLosingAccountable
        return .object([
            "rows": .list(rows),
            "hasRows": .bool(!rows.isEmpty),
            "taskPhrase": .text(tasks.count == 1 ? "1 task changes hands" : "\(tasks.count) tasks change hands"),
            "losingAccountable": .list(losing.map { .text($0) }),
            "losingPhrase": .text(
                losing.count == 1 ? "1 task loses its accountable unit" : "\(losing.count) tasks lose their accountable unit"),
            "hasLosing": .bool(!losing.isEmpty),
            "hasCurrentMatrix": .bool(report.currentOwnership != nil),
            // Only a matrix bound to the org, or today's matrix beside the target's, says who
            // gains what; an unbound lone matrix would always read "nothing changes hands".
            "isComparable": .bool(
                report.currentOwnership != nil
                    || report.ownership.columns.contains { $0.unit != nil || $0.person != nil }),
            "diagram": .text(transfers),
        ])
    }

    /// `report.whatIf`: for each answer on the client's route, each other answer and the
    /// model it leads to.
    var whatIfValue: TemplateValue {
        let rows: [TemplateValue] = report.decisionTree.whatIfs.map { whatIf in
            var seen: Set<String> = []
            let names = whatIf.outcomes.map(\.archetype).filter { seen.insert($0).inserted }
            return .object([
                "step": .number(whatIf.step),
                "question": .text(whatIf.question),
                "given": .text(whatIf.given),
                "alternative": .text(whatIf.alternative),
                "outcome": .text(
                    names.count <= 2 ? names.joined(separator: " or ") : names.dropLast().joined(separator: ", ") + " or " + names.last!),
                "dependsOnMore": .bool(names.count > 1),
                "isSame": .bool(names == [report.archetype.archetype]),
            ])
        }
        return .object(["rows": .list(rows), "hasRows": .bool(!rows.isEmpty)])
    }
}
