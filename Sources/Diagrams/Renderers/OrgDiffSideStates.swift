import Layout
import OrgModel

/// Per-unit classes and badges of both sides, from the diff's changes.
struct SideStates {
    var beforeClasses: [String: String] = [:]
    var afterClasses: [String: String] = [:]
    var beforeBadges: [String: [String]] = [:]
    var afterBadges: [String: [String]] = [:]
    var counts: [UnitChange.Kind: Int] = [:]
    var renamed = 0

    init(_ diff: OrgDiff) {
        for change in diff.changes {
            counts[change.kind, default: 0] += 1
            var after: [String] = []
            var before: [String] = []
            switch change.kind {
            case .moved: after.append("moved")
            case .added: after.append("added")
            case .removed: before.append("removed")
            case .unchanged: break
            }
            if change.renamed {
                renamed += 1
                before.append("renamed")
                after.append("renamed")
            }
            if !after.isEmpty {
                afterClasses[change.id] = after.joined(separator: " ")
                afterBadges[change.id] = after.map(SideStates.badge)
            }
            if !before.isEmpty {
                beforeClasses[change.id] = before.joined(separator: " ")
                beforeBadges[change.id] = before.map(SideStates.badge)
            }
        }
    }

    static func badge(_ state: String) -> String {
        switch state {
        case "added": "NEW"
        case "moved": "MOVED"
        case "removed": "REMOVED"
        default: "RENAMED"
        }
    }

    func summary(_ diff: OrgDiff) -> String {
        "Before: \(diff.before.units.count) units; after: \(diff.after.units.count) units. "
            + "\(counts[.moved] ?? 0) moved, \(counts[.added] ?? 0) added, \(counts[.removed] ?? 0) removed, \(renamed) renamed; "
            + "changed units carry a badge (MOVED, NEW, REMOVED, RENAMED)."
    }
}
