@testable import Diagrams
@testable import Layout

/// A small deterministic generator (SplitMix64), so every run tests the same trees.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RandomTrees {
    static let words = [
        "Customer", "Experience", "Operations", "CX", "Office", "Journey", "Insights",
        "Retail", "Sales", "Service", "Digital", "Analytics", "Key", "Accounts",
        "Finance", "Marketing", "Squad", "Chief", "Officer", "Omnichannel", "Board",
        "Transformation", "Programme", "Management", "Excellence", "Centre",
    ]

    static func label(_ g: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...5, using: &g)).map { _ in words.randomElement(using: &g)! }.joined(separator: " ")
    }

    /// A random tree of `count` nodes: each new node picks a parent among recent nodes, with
    /// some nodes given many children, so fan-outs range from 1 to dozens.
    static func input(count: Int, seed: UInt64, edgeLabels: Bool = false) -> TreeLayoutInput {
        var g = SeededGenerator(seed: seed)
        var children: [[Int]] = [[]]
        var labels = [BoxLabel([(label(&g), .name)], maxTextWidth: 150)]
        var edge: [BoxLabel?] = [nil]
        let hubs = Set((0..<max(1, count / 12)).map { _ in Int.random(in: 0..<max(1, count / 3), using: &g) })
        for i in 1..<count {
            var parent = Int.random(in: max(0, i - 8)..<i, using: &g)
            if Bool.random(using: &g), let hub = hubs.filter({ $0 < i }).randomElement(using: &g) { parent = hub }
            children.append([])
            children[parent].append(i)
            var paragraphs = [(label(&g), TextStyle.name)]
            if Bool.random(using: &g) { paragraphs.append((label(&g), .detail)) }
            labels.append(BoxLabel(paragraphs, maxTextWidth: Double(Int.random(in: 60...200, using: &g))))
            edge.append(edgeLabels ? BoxLabel([(label(&g), .detail)], maxTextWidth: 100) : nil)
        }
        return TreeLayoutInput(
            ids: (0..<count).map { "n\($0)" }, labels: labels, edgeLabels: edge,
            children: children, root: 0)
    }

    /// The same tree with every node's children in reverse order.
    static func mirrored(_ input: TreeLayoutInput) -> TreeLayoutInput {
        var m = input
        m.children = input.children.map { $0.reversed() }
        return m
    }
}
