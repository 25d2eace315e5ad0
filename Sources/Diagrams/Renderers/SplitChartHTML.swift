import Layout
import OrgModel

/// A chart too large for one legible printed page, as page HTML: the whole drawing first
/// (what the screen shows), then the same chart in parts — the overview, then one chart
/// per branch — each in a section with a same-page anchor, so overview boxes and
/// breadcrumbs link between them. Print CSS hides the whole drawing and prints the parts,
/// one landscape page each. For a before/after diff, when either side is too large, both
/// sides are drawn in parts, so before and after print on pages of their own. A drawing
/// whose charts all fit one page is returned as drawn (same bytes).
enum SplitChartHTML {
    /// One chart drawn in the figure: `name` ("before", "after") keeps anchors apart.
    struct Side: Sendable {
        var name: String?
        var chart: OrgChart
    }

    static func render(_ chart: OrgChart, whole: RenderedDiagram, options: DiagramOptions) -> RenderedDiagram {
        render([Side(name: nil, chart: chart)], whole: whole, options: options)
    }

    static func render(_ diff: OrgDiff, whole: RenderedDiagram, options: DiagramOptions) -> RenderedDiagram {
        let title = diff.title ?? "Before and after"
        var before = diff.before
        var after = diff.after
        before.title = "Before: \(title)"
        after.title = "After: \(title)"
        return render([Side(name: "before", chart: before), Side(name: "after", chart: after)], whole: whole, options: options)
    }

    static func render(_ sides: [Side], whole: RenderedDiagram, options: DiagramOptions) -> RenderedDiagram {
        RenderedDiagram { output in
            switch output {
            case .standaloneSVG:
                return whole.svg
            case .pageHTML:
                // Planned only when the page HTML is written: the CLI's poster never needs it.
                // Most charts fit one page whole, which is known without planning the pages.
                let wholes = sides.compactMap { ChartPages.wholeBounds($0.chart) }
                if wholes.count == sides.count, fitsOnePage(wholes) { return whole.html }
                let planned = sides.map { ChartPages.make($0.chart) }
                guard planned.contains(where: \.isSplit) || !fitsOnePage(planned) else { return whole.html }
                return html(sides, planned: planned, whole: whole, options: options)
            }
        }
    }

    /// True when every side is one page and the sides stacked (as the diff draws them)
    /// still fit one page at legible text.
    static func fitsOnePage(_ planned: [ChartPages], budget: PageBudget = .a4Landscape()) -> Bool {
        fitsOnePage(planned.flatMap(\.pages).map(\.geometry.bounds), budget: budget)
    }

    /// True when drawings of these sizes, stacked, fit one page at legible text.
    static func fitsOnePage(_ drawings: [Rect], budget: PageBudget = .a4Landscape()) -> Bool {
        let width = drawings.map(\.width).max() ?? 0
        let height = drawings.map(\.height).reduce(0, +) + Double(drawings.count) * ChartPages.verticalChrome
        return budget.fits(width: width + ChartPages.horizontalChrome, height: height)
    }

    private static func html(_ sides: [Side], planned: [ChartPages], whole: RenderedDiagram, options: DiagramOptions) -> String {
        let total = planned.map(\.pages.count).reduce(0, +)
        let title = sides.count == 1 ? (sides[0].chart.title ?? "Org chart") : "Before and after"
        var m = Markup(capacity: 4096)
        m.raw("<div class=\"chart-split\"")
        m.attribute("data-pages", Double(total))
        m.raw(">\n<div class=\"chart-whole\">\n")
        m.raw(whole.html)
        m.raw("</div>\n<div class=\"chart-pages\" role=\"group\"")
        m.attribute("aria-label", "\(title), in \(total) parts")
        m.raw(">\n<p class=\"chart-pages-intro\">")
        m.escaped(
            "Too large to print legibly on one page, this chart is also drawn in \(total) parts: "
                + "an overview, then one chart per branch. Select a branch box to go to its part.")
        m.raw("</p>\n")
        var number = 0
        for (side, pages) in zip(sides, planned) {
            let stem = options.idPrefix + (side.name.map { "-\($0)" } ?? "") + "-page-"
            for var page in pages.pages {
                number += 1
                // A diff's parts say which side they show: "Before: Chief Executive › Claims".
                if let name = side.name, !page.breadcrumb.isEmpty {
                    page.breadcrumb[0].title = name.prefix(1).uppercased() + name.dropFirst() + ": " + page.breadcrumb[0].title
                }
                var pageOptions = options
                pageOptions.idPrefix = "\(options.idPrefix)p\(number)"
                let drawn = ChartPageRenderer.render(page, of: side.chart, pageURL: { "#" + stem + $0 }, options: pageOptions)
                m.raw("<section class=\"chart-page\"")
                m.attribute("id", stem + page.id)
                m.raw(">\n")
                m.raw(drawn.html)
                m.raw("</section>\n")
            }
        }
        m.raw("</div>\n</div>\n")
        return m.text
    }
}
