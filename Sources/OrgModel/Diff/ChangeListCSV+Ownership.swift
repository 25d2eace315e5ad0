extension ChangeListCSV {
    /// The change list of a report: the units and people that change (as `write(_:)`),
    /// then one line per task and role that changes hands — `id` empty, `name` the task,
    /// `change` such as "accountable changed" or "accountable lost", `from` and `to` the
    /// holders joined by "; ".
    public static func write(_ diff: OrgDiff, ownership: OwnershipChanges, legend: [LegendEntry]) -> String {
        var out = write(diff)
        // "\r\n" is one Character in Swift.
        let columns = out.prefix { $0 != "\r\n" }.split(separator: ",", omittingEmptySubsequences: false).count
        let labels = Dictionary(legend.map { ($0.code, $0.label.lowercased()) }, uniquingKeysWith: { first, _ in first })
        for transfer in ownership.transfers {
            let role = labels[transfer.code] ?? transfer.code
            let change = "\(role) \(transfer.change)"
            let cells = [
                "", transfer.task, change, transfer.from.map(\.name).joined(separator: "; "),
                transfer.to.map(\.name).joined(separator: "; "),
            ]
            out += (cells + Array(repeating: "", count: max(0, columns - cells.count))).map(field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }
}
