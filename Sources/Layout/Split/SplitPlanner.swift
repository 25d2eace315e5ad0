import ByteText
import OrgModel

/// The working state of `ChartPages.make`: which layers each page shows, the layout of
/// each page, and page ids. Each page is laid out a few times (once per depth and per
/// branch opening tried, after a cheap area check), and a page holds at most
/// `budget.maxBoxes` boxes, so the whole is linear in the units.
struct SplitPlanner {
    let chart: OrgChart
    let budget: PageBudget
    let input: TreeLayoutInput
    /// Units in each unit's subtree, itself included.
    let subtreeSize: [Int]
    /// Each unit's manager, by index (-1 for the head of the chart).
    let parentOf: [Int]
    let options: BalancedLayoutOptions
    var usedIDs: Set<String> = ["overview"]
    /// `collapsedLabel` of each unit with reports, made by `pages`: `wholeBounds`, asked of
    /// every chart (most of which fit whole), collapses none.
    private var branchLabels: [Int: BoxLabel] = [:]
    /// Units with a dotted line to each manager, by the manager's index.
    let dottedReports: [Int: [Int]]

    init(chart: OrgChart, budget: PageBudget) {
        self.chart = chart
        self.budget = budget
        input = OrgChartLayout.input(chart)
        var order: [Int] = []
        var stack = [input.root]
        while let node = stack.popLast() {
            order.append(node)
            stack.append(contentsOf: input.children[node])
        }
        var size = [Int](repeating: 1, count: input.ids.count)
        var parentOf = [Int](repeating: -1, count: input.ids.count)
        for node in order.reversed() {
            for kid in input.children[node] {
                size[node] += size[kid]
                parentOf[kid] = node
            }
        }
        subtreeSize = size
        self.parentOf = parentOf
        var reports: [Int: [Int]] = [:]
        for (i, unit) in chart.units.enumerated() {
            for manager in unit.dotted { if let m = chart.indexByID[manager], m != i { reports[m, default: []].append(i) } }
        }
        dottedReports = reports
        var options = OrgChartLayout.defaultOptions(for: chart)
        if chart.aspect == nil { options.targetAspect = budget.aspect }
        self.options = options
    }

    mutating func pages(split: ChartSplit) -> [ChartPage] {
        guard !input.ids.isEmpty else { return [] }
        // Made once here: pages try many cuts.
        for i in chart.units.indices where !input.children[i].isEmpty { branchLabels[i] = collapsedLabel(i) }
        var pages: [ChartPage] = []
        let rootTitle = chart.units[input.root].name
        // Depth first: the stack's last page is drawn next.
        var pending = [
            PendingPage(
                heads: [input.root], id: "overview", crumbs: [ChartPage.Crumb(title: rootTitle, pageID: "overview")],
                parentID: nil)
        ]
        while let next = pending.popLast() {
            if next.heads.count > 1 {
                pages.append(sharedPage(next))
                continue
            }
            let (head, id, crumbs, parentID) = (next.heads[0], next.id, next.crumbs, next.parentID)
            let collapsed: Set<Int>
            // Whether the page fits, where choosing its cut already found out.
            var known: Bool? = nil
            switch split {
            case .none: collapsed = []
            case .depth(let n): collapsed = frontier(head, cut: n)
            case .auto: (collapsed, known) = autoFrontier(head, wholeFits: next.wholeFits)
            }
            var parts: [(members: [Int], branches: [Int])] = [collect(head, collapsed: collapsed)]
            if split == .auto, input.children[head].count > 1, !(known ?? fits(parts[0])) {
                parts = chunked(head)
            }
            // A manager with more reports than a page holds is drawn over several parts; the
            // first draws the manager, the others show it as a box linking back to the first.
            var partIDs = [id]
            for k in parts.indices.dropFirst() { partIDs.append(pageID(for: "\(chart.units[head].id)-part-\(k + 1)")) }
            var branchesToDo: [PendingPage] = []
            for (k, part) in parts.enumerated() {
                var branchPages: [Int: String] = [:]
                let (groups, wholeFits) = split == .auto ? shared(part.branches) : (part.branches.map { [$0] }, [:])
                for group in groups {
                    // The later parts show the head as a box linking to the first, which draws it.
                    let (partID, firstID) = (partIDs[k], id)
                    let page = pendingPage(
                        for: group, crumbs: crumbs, parentID: partID, managerPage: { k > 0 && $0 == head ? firstID : partID },
                        wholeFits: wholeFits[group[0]])
                    for b in group { branchPages[b] = page.id }
                    branchesToDo.append(page)
                }
                let (geometry, nodes, stubs) = layout(
                    members: part.members, branchPages: branchPages,
                    headReference: k == 0 ? nil : id)
                var title = head == input.root ? (chart.title ?? rootTitle) : chart.units[head].name
                var pageCrumbs = crumbs
                if parts.count > 1 {
                    title += " (part \(k + 1) of \(parts.count))"
                    if k > 0 { pageCrumbs.append(ChartPage.Crumb(title: "part \(k + 1)", pageID: partIDs[k])) }
                }
                pages.append(
                    ChartPage(
                        id: partIDs[k], title: title, breadcrumb: pageCrumbs, parentPageID: k == 0 ? parentID : id,
                        geometry: geometry, nodes: nodes, parts: parts.count > 1 ? partIDs : [], stubs: stubs,
                        fitsBudget: split != .auto || pageFits(geometry)))
            }
            pending.append(contentsOf: branchesToDo.reversed())
        }
        // Stubs learn the page of their other end once every unit has its page.
        if !dottedReports.isEmpty {
            var pageOfUnit: [Int: String] = [:]
            for page in pages { for node in page.nodes where !node.isBranch { pageOfUnit[node.unit] = page.id } }
            for p in pages.indices {
                for s in pages[p].stubs.indices { pages[p].stubs[s].partnerPageID = pageOfUnit[pages[p].stubs[s].partner] ?? "" }
            }
        }
        return pages
    }

    /// The units where the page of `head` stops (collapsed branches): none when the whole
    /// branch fits; else those below the most layers that fit (at least one), after which
    /// branches that add the fewest boxes are opened one by one while the page still fits,
    /// so the page fills up unevenly where the organisation is uneven.
    /// Also says whether that page fits, when a try found out (nil: not tried).
    /// `wholeFits` is whether the whole branch fits a page, when already known.
    func autoFrontier(_ head: Int, wholeFits: Bool? = nil) -> (collapsed: Set<Int>, fits: Bool?) {
        if wholeFits ?? (wholeBounds(of: head) != nil) { return ([], true) }
        var best = frontier(head, cut: 1)
        var bestFits: Bool? = nil
        var depth = 2
        while true {
            let collapsed = frontier(head, cut: depth)
            // No branch left to collapse: the whole subtree, which did not fit.
            guard !collapsed.isEmpty, fits(collect(head, collapsed: collapsed)) else { break }
            best = collapsed
            bestFits = true
            depth += 1
        }
        var failures = 0
        for branch in best.sorted(by: { (input.children[$0].count, $0) < (input.children[$1].count, $1) }) {
            // Each try costs a layout of the page: give up after a few misses in a row.
            guard failures < Self.openingMisses else { break }
            var trial = best
            trial.remove(branch)
            for kid in input.children[branch] where !input.children[kid].isEmpty { trial.insert(kid) }
            if fits(collect(head, collapsed: trial)) {
                best = trial
                bestFits = true
                failures = 0
            } else {
                failures += 1
            }
        }
        return (best, bestFits)
    }

    /// `head` with its reports cut into runs that each fit a page with `head` (every
    /// report with reports of its own collapsed): the most reports a page takes, found by
    /// bisection, then equal runs of that many.
    func chunked(_ head: Int) -> [(members: [Int], branches: [Int])] {
        let kids = input.children[head]
        func part(_ run: ArraySlice<Int>) -> (members: [Int], branches: [Int]) {
            ([head] + run, run.filter { !input.children[$0].isEmpty })
        }
        var low = 1
        var high = kids.count
        while low < high {
            let mid = (low + high + 1) / 2
            if fits(part(kids[0..<mid])) { low = mid } else { high = mid - 1 }
        }
        return stride(from: 0, to: kids.count, by: low).map { part(kids[$0..<min($0 + low, kids.count)]) }
    }

    /// How many branches in a row may fail to open before a page stops trying.
    static let openingMisses = 3

    /// The units `cut` layers below `head` that have reports.
    func frontier(_ head: Int, cut: Int) -> Set<Int> {
        var found: Set<Int> = []
        var stack = [(head, 0)]
        while let (node, depth) = stack.popLast() {
            if depth == cut {
                if !input.children[node].isEmpty { found.insert(node) }
                continue
            }
            for kid in input.children[node] { stack.append((kid, depth + 1)) }
        }
        return found
    }

    /// The label of `unit` drawn as a collapsed branch: its box with its unit count, or its
    /// own label when it has no reports.
    func branchLabel(_ unit: Int) -> BoxLabel {
        branchLabels[unit] ?? (input.children[unit].isEmpty ? input.labels[unit] : collapsedLabel(unit))
    }

    private func collapsedLabel(_ unit: Int) -> BoxLabel {
        var collapsed = chart.units[unit]
        collapsed.title = "\(subtreeSize[unit]) unit\(subtreeSize[unit] == 1 ? "" : "s") ›"
        return OrgChartLayout.label(collapsed)
    }

    /// True when the page of `page.members` (parents first), `page.branches` collapsed, fits
    /// the budget; `references` are drawn as boxes linking to the page that draws them.
    func fits(_ page: (members: [Int], branches: [Int]), references: Set<Int> = []) -> Bool {
        measuredBounds(page, references: references).map { pageFits(bounds: $0) } ?? false
    }

    /// The size of the branch under `head` (the whole chart by default) drawn whole on one
    /// page, when it fits the budget; measured, not laid out. `pages(split: .auto)` draws
    /// such a branch on one page.
    func wholeBounds(of head: Int? = nil) -> Rect? {
        guard let head = head ?? (input.ids.isEmpty ? nil : input.root), subtreeSize[head] <= budget.maxBoxes,
            let bounds = measuredBounds(collect(head, collapsed: [])), pageFits(bounds: bounds)
        else { return nil }
        return bounds
    }

    /// The size of the page that `fits` measures; nil when it has more boxes than a page
    /// holds, or more area than the page however they are arranged.
    func measuredBounds(_ page: (members: [Int], branches: [Int]), references: Set<Int> = []) -> Rect? {
        guard page.members.count <= budget.maxBoxes else { return nil }
        // The boxes with the least room each needs cannot fill more than the page: a
        // layout that would only confirm it is skipped.
        let branchSet = Set(page.branches)
        var area = 0.0
        for unit in page.members {
            let collapsed = branchSet.contains(unit) || references.contains(unit)
            let label = collapsed ? branchLabel(unit) : input.labels[unit]
            area += (label.width + options.siblingGap) * (label.height + options.stackGap)
        }
        guard area <= (budget.maxWidth - ChartPages.horizontalChrome) * (budget.maxHeight - ChartPages.verticalChrome) else {
            return nil
        }
        var branchPages: [Int: String] = [:]
        for b in page.branches { branchPages[b] = "" }
        // Measured, not placed: most pages tried are never drawn, and placing the boxes and
        // routing dotted lines took as long again as choosing the arrangement.
        var referencePages: [Int: String] = [:]
        for unit in references { referencePages[unit] = "" }
        let tree = pageTree(members: page.members, branchPages: branchPages, references: referencePages).tree
        return BalancedLayout.bounds(tree, options: options)
    }

    /// True when the drawn page (margins, breadcrumb and any dotted-line legend included)
    /// fits the budget.
    func pageFits(_ g: TreeGeometry) -> Bool { pageFits(bounds: g.bounds) }

    func pageFits(bounds: Rect) -> Bool {
        // Counted whenever the chart has dotted lines: a page may hold only their stubs.
        let legend = !dottedReports.isEmpty ? ChartPages.dottedLegendHeight : 0
        return budget.fits(
            width: bounds.width + ChartPages.horizontalChrome,
            height: bounds.height + ChartPages.verticalChrome + legend)
    }

    /// The units a page shows, parents first: `head` and everything below it down to and
    /// including the `collapsed` units, which are branch boxes when they have reports.
    func collect(_ head: Int, collapsed: Set<Int>) -> (members: [Int], branches: [Int]) {
        var members: [Int] = []
        var branches: [Int] = []
        var stack = [head]
        while let node = stack.popLast() {
            members.append(node)
            if node != head, collapsed.contains(node), !input.children[node].isEmpty {
                branches.append(node)
                continue
            }
            for kid in input.children[node].reversed() { stack.append(kid) }
        }
        return (members, branches)
    }

    /// The page's boxes as a tree to lay out, what each box stands for, and its dotted-line
    /// stubs (not yet placed): what `layout` lays out and `fits` measures.
    func pageTree(members: [Int], branchPages: [Int: String], references: [Int: String])
        -> (tree: TreeLayoutInput, nodes: [PageNode], stubs: [DottedStub])
    {
        var local: [Int: Int] = [:]
        local.reserveCapacity(members.count)
        for (i, unit) in members.enumerated() { local[unit] = i }
        var ids: [String] = []
        var labels: [BoxLabel] = []
        var children: [[Int]] = []
        var nodes: [PageNode] = []
        var stubs: [DottedStub] = []
        for unit in members {
            let partners = branchPages[unit] == nil ? offPagePartners(unit, local: local, branchPages: branchPages) : []
            ids.append(input.ids[unit])
            if let pageID = branchPages[unit] {
                let count = subtreeSize[unit]
                labels.append(branchLabel(unit))
                nodes.append(PageNode(unit: unit, branchPageID: pageID, branchUnits: count))
                children.append([])
            } else if let reference = references[unit] {
                labels.append(branchLabel(unit))
                nodes.append(PageNode(unit: unit, branchPageID: reference, branchUnits: subtreeSize[unit]))
                children.append(input.children[unit].compactMap { local[$0] })
            } else {
                if partners.isEmpty {
                    labels.append(input.labels[unit])
                } else {
                    // The stub's label is a line in the box, so it never lands on another box.
                    let notes = partners.map { "⋯ dotted \($0.isManager ? "to" : "from"): \(chart.units[$0.unit].name)" }
                    labels.append(OrgChartLayout.label(chart.units[unit], notes: notes))
                    for partner in partners {
                        stubs.append(
                            DottedStub(
                                node: nodes.count, partner: partner.unit, partnerIsManager: partner.isManager,
                                partnerPageID: "", points: []))
                    }
                }
                nodes.append(PageNode(unit: unit, branchPageID: nil, branchUnits: 0))
                children.append(input.children[unit].compactMap { local[$0] })
            }
        }
        return (TreeLayoutInput(ids: ids, labels: labels, children: children, root: 0), nodes, stubs)
    }

    /// Lays out the page holding `members` (parents first); a unit in `branchPages` is a
    /// collapsed branch box that says how many units it holds.
    /// A unit in `references` is drawn as a box linking to that page, where it is drawn as
    /// a unit (the head of the later parts of a manager's reports, the managers above the
    /// branches of a shared page); `headReference` is that for the head (`members[0]`).
    func layout(members: [Int], branchPages: [Int: String], headReference: String? = nil, references: [Int: String] = [:])
        -> (geometry: TreeGeometry, nodes: [PageNode], stubs: [DottedStub])
    {
        var references = references
        if let headReference { references[members[0]] = headReference }
        let (tree, nodes, initialStubs) = pageTree(members: members, branchPages: branchPages, references: references)
        var stubs = initialStubs
        var geometry = BalancedLayout.layout(tree, options: options).geometry
        geometry.edges.append(
            contentsOf: DottedLineRouter.route(
                chart, geometry: geometry, units: members,
                drawn: { branchPages[members[$0]] == nil }
            ).edges)
        // A box's stubs leave its right side near the bottom, one below the other, clear of
        // the edges that meet the side at its middle.
        var seen: [Int: Int] = [:]
        for s in stubs.indices {
            let rect = geometry.nodes[stubs[s].node].rect
            let k = seen[stubs[s].node, default: 0]
            seen[stubs[s].node] = k + 1
            stubs[s].points = DottedLineRouter.stub(from: rect, slot: k)
        }
        return (geometry, nodes, stubs)
    }

    /// The dotted-line managers and dotted reports of `unit` not drawn as units on this
    /// page, at most three (the box says the rest are elsewhere by its other lines).
    func offPagePartners(_ unit: Int, local: [Int: Int], branchPages: [Int: String]) -> [(unit: Int, isManager: Bool)] {
        guard !dottedReports.isEmpty else { return [] }
        func here(_ u: Int) -> Bool { local[u] != nil && branchPages[u] == nil }
        var partners: [(unit: Int, isManager: Bool)] = []
        for manager in chart.units[unit].dotted {
            if let m = chart.indexByID[manager], m != unit, !here(m) { partners.append((m, true)) }
        }
        for report in dottedReports[unit] ?? [] where !here(report) { partners.append((report, false)) }
        return Array(partners.prefix(3))
    }

    /// A page id from a unit id: letters, digits, `-` and `_` kept, unique in the chart.
    mutating func pageID(for unitID: String) -> String {
        let base = MarkupToken.make(unitID).isEmpty ? "branch" : MarkupToken.make(unitID)
        var id = base
        var n = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        usedIDs.insert(id)
        return id
    }
}
