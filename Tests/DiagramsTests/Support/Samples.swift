import OrgModel

/// Documents built from the value types (the YAML/CSV decoders live in OrgModel).
enum Samples {
    static func chart(
        _ title: String?, _ rows: [(String, String, String?)], titles: [String: String] = [:],
        dotted: [String: [String]] = [:], tags: [String: [String]] = [:]
    ) -> OrgChart {
        let units = rows.map { id, name, parent in
            OrgUnit(id: id, name: name, parent: parent, title: titles[id], dotted: dotted[id] ?? [], tags: tags[id] ?? [])
        }
        return OrgChart(title: title, units: units, rootID: rows.first { $0.2 == nil }!.0)
    }

    /// A customer office with a dotted line, tags, a wide team of leaves and text to escape.
    static let orgChart = chart(
        "Customer Office — target",
        [
            ("ceo", "Chief Executive Officer", nil),
            ("cco", "Chief Customer Officer", "ceo"),
            ("cfo", "Chief Financial Officer", "ceo"),
            ("coo", "Chief Operating Officer", "ceo"),
            ("coe", "CX Centre of Excellence", "cco"),
            ("factory", "CX Factory", "cco"),
            ("insight", "Insights & \"Voice of the Customer\"", "coe"),
            ("measure", "Measurement <NPS, CES>", "coe"),
            ("capab", "Capability building", "coe"),
            ("service", "Customer Service", "coo"),
        ] + (1...8).map { ("squad\($0)", "Journey squad \($0)", "factory") }
            + [("ops", "Operations", "coo"), ("fin", "Finance & Control", "cfo")],
        titles: ["ceo": "A. Rivera", "cco": "Customer Office", "factory": "Journey redesign at scale"],
        dotted: ["service": ["cco"], "measure": ["cfo"]],
        tags: ["cco": ["cx"], "coe": ["cx", "central team"]])

    /// A manager with 30 direct reports.
    static let wideChart = chart(
        "Thirty direct reports",
        [("head", "Head of Customer Service", nil)]
            + (1...30).map { ("team\($0)", "Service team \($0)", "head") })

    /// A deterministic chart of `count` units shaped like a real organisation: three
    /// layers of management with spans of 3 to 9, then teams of 0 to 12 individual units.
    static func largeChart(count: Int) -> OrgChart {
        var g = SeededGenerator(seed: 2014)
        let functions = ["Retail", "Digital", "Service", "Sales", "Insights", "Journey", "Operations", "Marketing", "Finance", "Analytics"]
        let kinds = ["Division", "Department", "Unit", "Team", "Squad", "Cell"]
        var rows: [(String, String, String?)] = [("u0", "Group Chief Executive", nil)]
        var frontier = [(id: "u0", depth: 0)]
        while rows.count < count {
            var next: [(id: String, depth: Int)] = []
            for (parent, depth) in frontier where rows.count < count {
                let span = depth < 3 ? Int.random(in: 3...9, using: &g) : [0, 2, 5, 12].randomElement(using: &g)!
                for _ in 0..<span where rows.count < count {
                    let id = "u\(rows.count)"
                    rows.append((id, "\(functions.randomElement(using: &g)!) \(kinds[min(depth, kinds.count - 1)]) \(rows.count)", parent))
                    next.append((id, depth + 1))
                }
            }
            frontier = next.isEmpty ? rows.suffix(20).map { ($0.0, 4) } : next
        }
        return chart("Large organisation (\(count) units)", rows)
    }

    static let before = chart(
        "Before",
        [
            ("ceo", "Chief Executive Officer", nil),
            ("cmo", "Chief Marketing Officer", "ceo"),
            ("csales", "Chief Sales Officer", "ceo"),
            ("cfo", "Chief Financial Officer", "ceo"),
            ("service", "Customer Service", "cfo"),
            ("web", "Web team", "cmo"),
            ("call", "Call centre", "service"),
            ("legacy", "Legacy CRM team", "csales"),
        ])

    static let after = chart(
        "After",
        [
            ("ceo", "Chief Executive Officer", nil),
            ("cco", "Chief Customer Officer", "ceo"),
            ("cfo", "Chief Financial Officer", "ceo"),
            ("cmo", "Marketing", "cco"),
            ("csales", "Sales", "cco"),
            ("service", "Customer Service", "cco"),
            ("web", "Web team", "cmo"),
            ("call", "Call centre", "service"),
            ("journey", "Journey analytics", "cco"),
        ])

    static let orgDiff: OrgDiff = {
        let changes = [
            UnitChange(
                id: "ceo", kind: .unchanged, renamed: false, beforeName: "Chief Executive Officer", afterName: "Chief Executive Officer",
                beforeParent: nil, afterParent: nil),
            UnitChange(
                id: "cco", kind: .added, renamed: false, beforeName: nil, afterName: "Chief Customer Officer", beforeParent: nil,
                afterParent: "ceo"),
            UnitChange(
                id: "cfo", kind: .unchanged, renamed: false, beforeName: "Chief Financial Officer", afterName: "Chief Financial Officer",
                beforeParent: "ceo", afterParent: "ceo"),
            UnitChange(
                id: "cmo", kind: .moved, renamed: true, beforeName: "Chief Marketing Officer", afterName: "Marketing", beforeParent: "ceo",
                afterParent: "cco"),
            UnitChange(
                id: "csales", kind: .moved, renamed: true, beforeName: "Chief Sales Officer", afterName: "Sales", beforeParent: "ceo",
                afterParent: "cco"),
            UnitChange(
                id: "service", kind: .moved, renamed: false, beforeName: "Customer Service", afterName: "Customer Service",
                beforeParent: "cfo", afterParent: "cco"),
            UnitChange(
                id: "web", kind: .unchanged, renamed: false, beforeName: "Web team", afterName: "Web team", beforeParent: "cmo",
                afterParent: "cmo"),
            UnitChange(
                id: "call", kind: .unchanged, renamed: false, beforeName: "Call centre", afterName: "Call centre", beforeParent: "service",
                afterParent: "service"),
            UnitChange(
                id: "journey", kind: .added, renamed: false, beforeName: nil, afterName: "Journey analytics", beforeParent: nil,
                afterParent: "cco"),
            UnitChange(
                id: "legacy", kind: .removed, renamed: false, beforeName: "Legacy CRM team", afterName: nil, beforeParent: "csales",
                afterParent: nil),
        ]
        return OrgDiff(
            title: "From fragmented to integrated", before: before, after: after, changes: changes,
            beforeMetrics: OrgMetrics(
                units: 8, layers: 3, averageSpan: 1.75, largestSpan: 3, spanDistribution: [1: 4, 3: 1],
                reportingToRoot: 3, dottedLines: 0),
            afterMetrics: OrgMetrics(
                units: 9, layers: 4, averageSpan: 2, largestSpan: 4, spanDistribution: [1: 2, 2: 1, 4: 1],
                reportingToRoot: 2, dottedLines: 0))
    }()

    static let decisionTree = DecisionTree(
        title: "Which organisation model fits?",
        root: .question(
            DecisionQuestion(
                id: "q", text: "Do you want a dedicated CX function?",
                answers: [
                    DecisionAnswer(
                        label: "Yes",
                        next: .question(
                            DecisionQuestion(
                                id: "q.1", text: "What is its main job?",
                                answers: [
                                    DecisionAnswer(
                                        label: "Measurement, capabilities, programmes",
                                        next: .outcome(
                                            DecisionOutcome(
                                                id: "q.1.1", archetype: "CX centre of excellence",
                                                description: "A central team with a broad mandate.", link: "centre-of-excellence.md"))),
                                    DecisionAnswer(
                                        label: "Journey redesign at scale",
                                        next: .outcome(DecisionOutcome(id: "q.1.2", archetype: "CX factory", link: "cx-factory.md"))),
                                ]))),
                    DecisionAnswer(
                        label: "No",
                        next: .outcome(
                            DecisionOutcome(
                                id: "q.2", archetype: "Customer-centricity across the organisation",
                                link: "enabling-customer-centricity.md"))),
                ])),
        path: ["Yes", "Journey redesign at scale"])

    static let matrix = OwnershipMatrix(
        title: "Who owns which CX task",
        legend: [
            LegendEntry(code: "O", label: "Owns"), LegendEntry(code: "S", label: "Supports"),
            LegendEntry(code: "SH", label: "Shared", description: "Both decide together"),
        ],
        columns: [
            MatrixColumn(id: "coe", name: "CX centre of excellence"), MatrixColumn(id: "bu", name: "Business units"),
            MatrixColumn(id: "it", name: "IT & Data"),
        ],
        groups: [
            MatrixRowGroup(
                name: "Measurement and insight",
                rows: [
                    MatrixRow(task: "CX measurement system", cells: ["coe": ["O"], "bu": ["S"]]),
                    MatrixRow(
                        task: "Customer insights and root-cause analysis of complaints", cells: ["coe": ["O"], "bu": ["S"], "it": ["S"]]),
                ]),
            MatrixRowGroup(
                name: nil,
                rows: [
                    MatrixRow(task: "CX plan", cells: ["coe": ["SH"], "bu": ["SH"]]),
                    MatrixRow(task: "Agile execution <sprints>", cells: ["bu": ["O", "S"], "it": ["S"]]),
                ]),
        ],
        isRACI: false)
}
