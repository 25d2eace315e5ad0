/// Small branches share pages. An overview that cuts a chart into many small teams would
/// otherwise print each team, three or four boxes, on a page of its own (the bundled
/// Harbourline report: 13 pages per side for 64 units). Branches next to each other on a
/// page that fit one page together are drawn on one, below the managers above them drawn
/// as boxes linking back to the page that draws them; a branch too big to share keeps a
/// page to itself and splits further.
extension SplitPlanner {
    /// A page still to plan: one branch head, or several that share the page.
    struct PendingPage {
        var heads: [Int]
        var id: String
        var crumbs: [ChartPage.Crumb]
        /// The page whose branch boxes link here.
        var parentID: String?
        /// Shared pages only: the page that draws each manager above the heads as a unit.
        var managerPage: (Int) -> String = { _ in "" }
        /// One head only: whether its whole branch fits a page, where grouping found out.
        var wholeFits: Bool? = nil
    }

    /// The collapsed `branches` of a page (in page order) grouped into the pages that draw
    /// them, in page order: each branch joins the one before while they fit a page together.
    /// Also says, for each branch that starts a group, whether it fits a page alone.
    func shared(_ branches: [Int]) -> (groups: [[Int]], wholeFits: [Int: Bool]) {
        var groups: [[Int]] = []
        var wholeFits: [Int: Bool] = [:]
        var lastTakesMore = false
        for branch in branches {
            // Tried together first: a branch that joins is not measured alone as well.
            if lastTakesMore, let last = groups.last, fits(sharedContent(last + [branch])) {
                groups[groups.count - 1].append(branch)
                continue
            }
            // A branch that does not fit a page alone shares none (and its own page, which
            // asks the same first, is told).
            let fitsAlone = wholeBounds(of: branch) != nil
            wholeFits[branch] = fitsAlone
            lastTakesMore = fitsAlone
            groups.append([branch])
        }
        return (groups, wholeFits)
    }

    /// The page that draws `group`, branches collapsed on page `parentID`, with its id and
    /// breadcrumb.
    mutating func pendingPage(
        for group: [Int], crumbs: [ChartPage.Crumb], parentID: String, managerPage: @escaping (Int) -> String,
        wholeFits: Bool? = nil
    ) -> PendingPage {
        // One branch alone gets the page it always had: its head on top, split as needed.
        guard group.count > 1 else {
            let id = pageID(for: chart.units[group[0]].id)
            return PendingPage(
                heads: group, id: id, crumbs: crumbs + [ChartPage.Crumb(title: chart.units[group[0]].name, pageID: id)],
                parentID: parentID, wholeFits: wholeFits)
        }
        var managers: [Int] = []
        for head in group where !managers.contains(parentOf[head]) { managers.append(parentOf[head]) }
        let first = chart.units[managers[0]]
        let id = pageID(for: first.id + "-teams")
        let title = managers.count == 1 ? first.name : "\(first.name) and \(managers.count - 1) more"
        return PendingPage(
            heads: group, id: id, crumbs: crumbs + [ChartPage.Crumb(title: title, pageID: id)], parentID: parentID,
            managerPage: managerPage)
    }

    /// The members of a page of `group` (parents first): the managers from the heads up to
    /// the one over all of them, drawn as boxes linking elsewhere (`references`), then each
    /// whole branch.
    func sharedContent(_ group: [Int]) -> (members: [Int], branches: [Int], references: Set<Int>) {
        // The lowest manager over every head: the first one above the first head that the
        // walks up from all the heads reach.
        var reached: [Int: Int] = [:]
        for head in group {
            var up = parentOf[head]
            while up >= 0 {
                reached[up, default: 0] += 1
                up = parentOf[up]
            }
        }
        var top = parentOf[group[0]]
        while reached[top] != group.count { top = parentOf[top] }
        var references: Set<Int> = [top]
        for head in group {
            var up = parentOf[head]
            while up != top, references.insert(up).inserted { up = parentOf[up] }
        }
        let heads = Set(group)
        var members: [Int] = []
        var stack = [top]
        while let unit = stack.popLast() {
            members.append(unit)
            let isReference = references.contains(unit)
            for kid in input.children[unit].reversed() where !isReference || references.contains(kid) || heads.contains(kid) {
                stack.append(kid)
            }
        }
        return (members, [], references)
    }

    /// True when the shared page of `content` fits the budget.
    func fits(_ content: (members: [Int], branches: [Int], references: Set<Int>)) -> Bool {
        fits((content.members, content.branches), references: content.references)
    }

    /// The shared page of `pending`, laid out.
    func sharedPage(_ pending: PendingPage) -> ChartPage {
        let content = sharedContent(pending.heads)
        var references: [Int: String] = [:]
        for unit in content.references { references[unit] = pending.managerPage(unit) }
        let (geometry, nodes, stubs) = layout(members: content.members, branchPages: [:], references: references)
        return ChartPage(
            id: pending.id, title: pending.crumbs.last?.title ?? "", breadcrumb: pending.crumbs,
            parentPageID: pending.parentID, geometry: geometry, nodes: nodes, parts: [], stubs: stubs,
            fitsBudget: pageFits(geometry))
    }
}
