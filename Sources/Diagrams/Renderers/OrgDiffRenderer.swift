import OrgModel

/// Draws a before/after comparison: the two org charts (each keeping its units' order),
/// with state classes plus badges, then a metrics table and a list of the changes.
enum OrgDiffRenderer {
    /// Room for the "Before"/"After" heading above each chart.
    static let headingHeight: Double = 30
    /// Side by side while both fit in this width; otherwise one above the other.
    static let sideBySideMaxWidth: Double = 1400
    static let sideGap: Double = 48

    static func render(_ diff: OrgDiff, options: DiagramOptions) -> RenderedDiagram {
        let states = SideStates(diff)
        let before = OrgChartLayout.layout(diff.before, badges: states.beforeBadges)
        let after = OrgChartLayout.layout(diff.after, badges: states.afterBadges)
        let margin = SVGDocument.margin
        let sideBySide = before.bounds.width + sideGap + after.bounds.width <= sideBySideMaxWidth
        let beforeOrigin = Point(x: margin, y: margin + headingHeight)
        let afterOrigin = sideBySide
            ? Point(x: margin + before.bounds.width + sideGap, y: margin + headingHeight)
            : Point(x: margin, y: margin + headingHeight + before.bounds.height + sideGap + headingHeight)
        let width = sideBySide ? afterOrigin.x + after.bounds.width + margin
                               : max(before.bounds.width, after.bounds.width) + 2 * margin
        let height = max(beforeOrigin.y + before.bounds.height, afterOrigin.y + after.bounds.height) + margin

        var content = Markup(capacity: (diff.before.units.count + diff.after.units.count) * 440 + 2048)
        for (name, chart, geometry, origin, classes) in [
            ("before", diff.before, before, beforeOrigin, states.beforeClasses),
            ("after", diff.after, after, afterOrigin, states.afterClasses),
        ] {
            content.raw("<g class=\"side side-\(name)\">\n<text class=\"side-title\"")
            content.attribute("x", origin.x)
            content.attribute("y", origin.y - headingHeight / 2 + 3)
            content.raw(" font-size=\"15\" font-weight=\"bold\">\(name == "before" ? "Before" : "After")</text>\n")
            OrgChartRenderer.draw(chart, geometry: geometry, offset: origin, extraClasses: classes, into: &content)
            content.raw("</g>\n")
        }
        let title = diff.title ?? "Before and after"
        let document = SVGDocument(kind: OrgDocumentKind.orgDiff.rawValue, title: title,
                                   description: states.summary(diff), idPrefix: options.idPrefix,
                                   width: width, height: height)
        let extra = OrgDiffTables.metricsTable(diff) + OrgDiffTables.changeList(diff)
        return document.rendered(content: content.text, caption: title, extraHTML: extra)
    }
}

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
            var after: [String] = [], before: [String] = []
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
