import Diagnostics
import OrgModel

/// Turns flat unit rows into a validated tree, in the manner of d3-hierarchy's `stratify`:
/// every way the rows can fail to form one tree is its own named error, pointed at the
/// value at fault. Runs in linear time (dictionary lookups and one walk up each chain).
enum OrgChartBuilder {
    /// The chart, or nil when any error was reported. `chartLocation` is where problems
    /// that belong to no single unit (no units, no root) are reported.
    /// `subject` words the errors for units or for people (whose empty name means a
    /// vacant position, not a mistake).
    static func build(
        title: String?, records: [UnitRecord], chartLocation: SourceLocation,
        subject: OrgChartSubject = .units, context: LoadContext
    ) -> OrgChart? {
        let errorsBefore = context.errorCount
        let context: TreeProblemSink = subject == .units ? context : PeopleWording(context)
        guard !records.isEmpty else {
            context.report(OrgChartError.noUnits, at: chartLocation)
            return nil
        }

        // Ids and names; the first unit with an id is the one others refer to. Records are
        // read in place (by index), not copied: big charts have thousands.
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(records.count)
        var kept: [Int] = []
        kept.reserveCapacity(records.count)
        // A unit whose id could not be read (`id: [ceo]`, already reported) may be the root
        // or the parent others name: checks that need every id would only report its echo.
        var someIDUnreadable = false
        for position in records.indices {
            let id = records[position].unit.id
            if id.isEmpty {
                if records[position].malformedFields.contains("id") {
                    someIDUnreadable = true
                } else {
                    context.report(OrgChartError.emptyID, at: records[position].idLocation)
                }
                continue
            }
            if records[position].unit.name.isEmpty, !records[position].malformedFields.contains("name") {
                context.report(OrgChartError.emptyName(unit: id), at: records[position].nameLocation)
            }
            if let first = indexByID[id] {
                context.report(
                    OrgChartError.duplicateID(id, firstLine: records[kept[first]].idLocation.line),
                    at: records[position].idLocation)
                continue
            }
            indexByID[id] = kept.count
            kept.append(position)
        }
        let unique = kept.count == records.count ? records : kept.map { records[$0] }
        let ids = unique.map(\.unit.id)

        // Parents, dotted-line managers and roots.
        var suggestionsLeft = 20  // "did you mean" scans every id: cap it so bad files stay linear
        func suggestion(for name: String) -> String? {
            guard suggestionsLeft > 0 else { return nil }
            suggestionsLeft -= 1
            return NameSuggestion.closest(to: name, in: ids)
        }
        var roots: [Int] = []
        // Each unit's parent as an index (-1 for the root and for unknown parents), found
        // once here and reused by the cycle check.
        var parentIndex = [Int](repeating: -1, count: unique.count)
        for index in unique.indices {
            let unit = unique[index].unit
            if let parent = unit.parent {
                if let found = indexByID[parent] {
                    parentIndex[index] = found
                } else if !someIDUnreadable {
                    context.report(
                        OrgChartError.unknownParent(unit: unit.id, parent: parent, suggestion: suggestion(for: parent)),
                        at: unique[index].parentLocation)
                }
            } else {
                roots.append(index)
            }
            for (manager, place) in zip(unit.dotted, unique[index].dottedLocations) where indexByID[manager] == nil && !someIDUnreadable {
                context.report(
                    OrgChartError.unknownDottedManager(unit: unit.id, manager: manager, suggestion: suggestion(for: manager)),
                    at: place)
            }
        }
        if roots.isEmpty {
            if !someIDUnreadable { context.report(OrgChartError.noRoot, at: chartLocation) }
        } else if roots.count > 1 {
            context.report(OrgChartError.severalRoots(roots: roots.map { ids[$0] }), at: unique[roots[1]].location)
        }
        reportCycles(in: unique, parentIndex: parentIndex, context: context)

        guard context.errorCount == errorsBefore, roots.count == 1 else { return nil }
        var chart = OrgChart(title: title, units: unique.map(\.unit), rootID: ids[roots[0]], indexByID: indexByID)
        chart.subject = subject
        return chart
    }

    /// Walks up from every unit, marking units whose chain ends at a root (or at an unknown
    /// parent, already reported). Reaching a unit of the current walk again closes a cycle.
    /// Each unit is walked once, so this is linear.
    private static func reportCycles(in units: [UnitRecord], parentIndex: [Int], context: TreeProblemSink) {
        enum State { case unvisited, onWalk, settled }
        var state = [State](repeating: .unvisited, count: units.count)
        var walk: [Int] = []
        for start in units.indices where state[start] == .unvisited {
            walk.removeAll(keepingCapacity: true)
            var current: Int? = start
            while let index = current, state[index] == .unvisited {
                state[index] = .onWalk
                walk.append(index)
                current = parentIndex[index] >= 0 ? parentIndex[index] : nil
            }
            if let index = current, state[index] == .onWalk {
                let cycle = Array(walk[walk.firstIndex(of: index)!...])
                // Start the message at the member defined first, so it reads the same
                // whichever unit the walk began from.
                let first = cycle.min()!
                let offset = cycle.firstIndex(of: first)!
                let ordered = Array(cycle[offset...] + cycle[..<offset])
                context.report(
                    OrgChartError.cycle(units: ordered.map { units[$0].unit.id }),
                    at: units[first].parentLocation)
            }
            for index in walk { state[index] = .settled }
        }
    }
}
