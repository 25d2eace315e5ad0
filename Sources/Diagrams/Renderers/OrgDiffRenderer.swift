import Layout
import OrgModel

/// Draws a before/after comparison: the two org charts, before above after (each keeping its
/// units' order),
/// with state classes plus badges, then a metrics table and a list of the changes.
enum OrgDiffRenderer {
    /// Room for the "Before"/"After" heading above each chart.
    static let headingHeight: Double = 30
    /// Room between the before chart and the "After" heading below it.
    static let sideGap: Double = 48

    static func render(_ diff: OrgDiff, options: DiagramOptions) -> RenderedDiagram {
        let states = SideStates(diff)
        // The after side chooses its arrangements; the before side reuses them for every
        // unit it shares, so a manager's team is drawn the same way on both sides.
        let afterTree = OrgChartLayout.balanced(diff.after, badges: states.afterBadges)
        let after = afterTree.geometry
        let before = OrgChartLayout.balanced(diff.before, badges: states.beforeBadges, fixed: afterTree.arrangements).geometry
        let margin = SVGDocument.margin
        // Always one above the other: the drawing is as wide as the wider chart, never the
        // sum of both, and the page scrolls down rather than sideways.
        let beforeOrigin = Point(x: margin, y: margin + headingHeight)
        let afterOrigin = Point(x: margin, y: margin + headingHeight + before.bounds.height + sideGap + headingHeight)
        let width = max(before.bounds.width, after.bounds.width) + 2 * margin
        let height = afterOrigin.y + after.bounds.height + margin

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
        let document = SVGDocument(
            kind: OrgDocumentKind.orgDiff.rawValue, title: title,
            description: states.summary(diff), idPrefix: options.idPrefix,
            width: width, height: height)
        let extra = OrgDiffTables.metricsTable(diff) + OrgDiffReviewTables.html(diff) + OrgDiffTables.changeList(diff)
        return document.rendered(content: content, caption: title, extraHTML: extra)
    }
}
