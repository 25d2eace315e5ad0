import Diagnostics

/// A warning from a report: a task's accountable or responsible units are all removed in
/// the target org and nobody takes the code over.
public struct OwnershipLossProblem: OrgDataProblem {
    public var loss: OwnershipChanges.Loss

    public init(loss: OwnershipChanges.Loss) { self.loss = loss }

    public var severity: Diagnostic.Severity { .warning }

    public var message: String {
        let role = loss.code == "A" ? "accountable" : "responsible"
        let names = quotedList(loss.removed.map { "\($0.name) (\($0.key))" }, limit: 20)
        return "task \(quoted(loss.task)) loses its \(role) \(loss.removed.count == 1 ? "unit" : "units") \(names): not in the target org"
    }

    public var hint: String? {
        "give the task's \(quoted(loss.code)) to a unit of the target org (in the target's ownership matrix), or keep the unit"
    }
}
