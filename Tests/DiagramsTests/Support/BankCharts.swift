import OrgModel

/// Seeded bank-shaped org charts: a group executive over divisions with spans of 3 to 9,
/// one manager with 30 direct reports, and chains 12 layers deep, the shapes that make
/// real charts hard to draw.
enum BankCharts {
    static func chart(units count: Int, seed: UInt64) -> OrgChart {
        var g = SeededGenerator(seed: seed)
        let words = [
            "Retail", "Corporate", "Lending", "Cards", "Payments", "Claims", "Wealth", "Treasury", "Risk",
            "Compliance", "Service", "Digital", "Operations", "Mortgages", "Savings", "Fraud",
        ]
        let kinds = ["Division", "Department", "Unit", "Team", "Desk", "Cell"]
        var rows: [(String, String, String?)] = [("bank", "Group Chief Executive", nil)]
        func add(parent: String, depth: Int) -> String {
            let id = "u\(rows.count)"
            rows.append((id, "\(words.randomElement(using: &g)!) \(kinds[min(depth, kinds.count - 1)]) \(rows.count)", parent))
            return id
        }
        // The 30-report manager and two 12-deep chains come first, so small charts have them.
        let service = add(parent: "bank", depth: 1)
        for _ in 0..<30 where rows.count < count { _ = add(parent: service, depth: 2) }
        for _ in 0..<2 {
            var parent = "bank"
            for depth in 1...12 where rows.count < count { parent = add(parent: parent, depth: depth) }
        }
        var frontier = [(id: "bank", depth: 0)]
        while rows.count < count {
            var next: [(id: String, depth: Int)] = []
            for (parent, depth) in frontier where rows.count < count {
                for _ in 0..<Int.random(in: depth < 3 ? 3...9 : 0...6, using: &g) where rows.count < count {
                    next.append((add(parent: parent, depth: depth + 1), depth + 1))
                }
            }
            frontier = next.isEmpty ? [(rows[Int.random(in: 0..<rows.count, using: &g)].0, 2)] : next
        }
        return Samples.chart("Bank (\(count) units)", rows)
    }

    /// A chart of `count` units whose parents are drawn uniformly from the units before
    /// them (the shape of the CSV in the robustness issue).
    static func randomParents(units count: Int, seed: UInt64) -> OrgChart {
        var g = SeededGenerator(seed: seed)
        var rows: [(String, String, String?)] = [("r0", "Root", nil)]
        for i in 1..<max(1, count) {
            rows.append(
                (
                    "r\(i)", "Unit \(i) \(["Retail", "Service", "Claims", "Digital"].randomElement(using: &g)!)",
                    "r\(Int.random(in: 0..<i, using: &g))"
                ))
        }
        return Samples.chart("Random", rows)
    }
}
