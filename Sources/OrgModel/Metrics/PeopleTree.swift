/// Spans and layers of a flat list whose parents form one tree (people with managers, or
/// units with parents): what the metrics and the target checks read.
struct PeopleTree {
    /// Direct reports of each entry.
    var span: [Int]
    /// Layer of each entry, the top being 1.
    var layer: [Int]

    /// Linear: each entry's layer is found once, walking up only to the first entry whose
    /// layer is known.
    init(_ entries: [OrgUnit]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        for (i, entry) in entries.enumerated() { index[entry.id] = i }
        let parent = entries.map { $0.parent.flatMap { index[$0] } }
        var span = [Int](repeating: 0, count: entries.count)
        for p in parent { if let p { span[p] += 1 } }
        var layer = [Int](repeating: 0, count: entries.count)
        var chain: [Int] = []
        for start in entries.indices where layer[start] == 0 {
            var current = start
            chain.removeAll(keepingCapacity: true)
            // Bounded by the count in case of a cycle, which loading already refused.
            while layer[current] == 0, chain.count <= entries.count {
                chain.append(current)
                guard let up = parent[current] else { break }
                current = up
            }
            var base = layer[current] == 0 ? 0 : layer[current]
            for entry in chain.reversed() where layer[entry] == 0 {
                base += 1
                layer[entry] = base
            }
        }
        self.span = span
        self.layer = layer
    }
}
