extension OwnershipChanges {
    /// Accountability moving from one owner to another: every task whose `A` goes from
    /// `from` to `to` (nil: nobody in the target takes it).
    public struct Flow: Sendable, Hashable {
        public var from: Owner
        public var to: Owner?
        public var tasks: [String]
    }

    /// The `A` transfers as flows between owners, in the order they first appear; new tasks
    /// (nobody accountable today) are left out.
    public var accountableFlows: [Flow] {
        var flows: [Flow] = []
        for transfer in transfers where transfer.code == "A" && !transfer.from.isEmpty {
            let targets: [Owner?] = transfer.to.isEmpty ? [nil] : transfer.to
            for from in transfer.from {
                for to in targets {
                    if let index = flows.firstIndex(where: { $0.from.key == from.key && $0.to?.key == to?.key }) {
                        flows[index].tasks.append(transfer.task)
                    } else {
                        flows.append(Flow(from: from, to: to, tasks: [transfer.task]))
                    }
                }
            }
        }
        return flows
    }
}
