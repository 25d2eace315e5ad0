import Diagnostics
import Diagrams
import Foundation
import Layout
import OrgModel

/// Org chart pages as slides of native shapes, from the same geometry the SVG is drawn
/// from: one rounded rectangle per box (name and title as separate runs), one connector per
/// reporting line bound to the boxes' connection sites, dotted lines dashed.
public enum ChartSlides {
    /// How a unit is marked on a before/after chart: a badge beside the box and a line
    /// style, so the change reads without colour.
    public struct Mark: Sendable {
        public var badge: String
        public var dash: String?
        public var lineWidth: Int
        public var color: String

        public static let added = Mark(badge: "added", dash: nil, lineWidth: 38100, color: "2E8540")
        public static let moved = Mark(badge: "moved", dash: "lgDash", lineWidth: 25400, color: "B35900")
        public static let removed = Mark(badge: "removed", dash: "sysDot", lineWidth: 25400, color: "B3261E")
    }

    /// The smallest scale a slide may draw a chart at: 11 px detail text stays at 7 pt.
    static let minimumScale = 7 / (TextStyle.detail.fontSize * 0.75)
    /// The largest: small charts are not blown up past 125 %.
    static let maximumScale = 1.25

    /// Content area below the title, in EMU.
    static var area: (x: Int, y: Int, width: Int, height: Int) {
        let top = SlideBuilder.margin / 2 + SlideBuilder.titleHeight
        return (
            SlideBuilder.margin, top, SlideBuilder.slideWidth - 2 * SlideBuilder.margin,
            SlideBuilder.slideHeight - top - SlideBuilder.margin / 2
        )
    }

    /// How much of a chart one slide holds legibly (split pages are planned within it).
    public static var budget: PageBudget {
        let width = Double(area.width) / SlideBuilder.emuPerPixel / minimumScale + ChartPages.horizontalChrome
        let height = Double(area.height) / SlideBuilder.emuPerPixel / minimumScale + ChartPages.verticalChrome
        return PageBudget(maxWidth: width, maxHeight: height, maxBoxes: Int(width * height / (112 * 54)))
    }

    /// The chart's pages for slides. A chart marked `split: none` that does not fit one
    /// legible slide is an error naming the fix.
    public static func pages(of chart: OrgChart, file: String?) throws -> ChartPages {
        let pages = ChartPages.make(chart, budget: budget)
        if chart.split == .none, let page = pages.pages.first {
            let bounds = page.geometry.bounds
            if !budget.fits(width: bounds.width + ChartPages.horizontalChrome, height: bounds.height + ChartPages.verticalChrome) {
                throw Diagnostic.error(
                    at: file.map { SourceLocation(path: $0, line: 1) },
                    "the org chart (\(chart.units.count) units, \(Int(bounds.width)) × \(Int(bounds.height)) px) is too large for one legible slide with split: none",
                    hint: "remove `split: none` (or set `split: auto`) so the deck has an overview and one slide per branch")
            }
        }
        return pages
    }

    /// One slide drawing `page`; `marks` by unit id.
    static func slide(
        _ page: ChartPage, of chart: OrgChart, title: String, marks: [String: Mark] = [:],
        primary: String = "1F5FA8"
    ) -> SlideBuilder {
        var slide = SlideBuilder()
        slide.title(page.parentPageID == nil ? title : "\(title): \(page.breadcrumbText)")
        let frame = SlideFrame(bounds: page.geometry.bounds, area: area, maximumScale: maximumScale)
        var ids: [Int] = []
        var rects: [(x: Int, y: Int, w: Int, h: Int)] = []
        for (node, what) in zip(page.geometry.nodes, page.nodes) {
            let unit = chart.units[what.unit]
            let r = frame.rect(node.rect)
            let mark = marks[unit.id]
            let id = slide.box(
                name: what.isBranch ? "Branch \(unit.id)" : "Unit \(unit.id)",
                paragraphs: paragraphs(node.label, frame: frame),
                x: r.x, y: r.y, width: r.w, height: r.h,
                fill: unit.id == chart.rootID ? "EAF1FB" : "FFFFFF",
                line: mark?.color ?? primary, lineWidth: mark?.lineWidth ?? 12700,
                dash: mark?.dash ?? (what.isBranch ? "dash" : nil),
                inset: frame.length(BoxLabel.paddingX / 2))
            ids.append(id)
            rects.append(r)
            if let mark { badge(mark.badge, above: r, size: frame.fontSize(TextStyle.badge.fontSize), name: unit.id, on: &slide) }
        }
        for edge in page.geometry.edges where edge.kind != .dottedStub {
            frame.connect(edge, ids: ids, rects: rects, on: &slide, dashed: edge.kind != .tree, color: "555555")
        }
        return slide
    }

    /// `[text]` in bold just above the top right corner of `box`: a change or the
    /// decision route named in words, so it reads without colour.
    static func badge(_ text: String, above box: (x: Int, y: Int, w: Int, h: Int), size: Int, name: String, on slide: inout SlideBuilder) {
        let width = Int(Double(text.count + 2) * Double(size) * 127 * 0.62)
        let height = Int(Double(size) * 127 * 1.3)
        slide.textBox(
            name: "Badge \(name)", text: [("[\(text)]", size, true)], x: box.x + box.w - width, y: box.y - height, width: width,
            height: height, font: SlideBuilder.measuredFont)
    }

    /// Label lines of one style run together as one paragraph (PowerPoint wraps them
    /// again in the same box): the name, then the title, then any detail.
    static func paragraphs(_ label: BoxLabel, frame: SlideFrame) -> [(String, Int, Bool)] {
        var out: [(String, Int, Bool)] = []
        var lastStyle: TextStyle?
        for line in label.lines {
            let size = frame.fontSize(line.style.fontSize)
            if line.style == lastStyle, let previous = out.popLast() {
                out.append((previous.0 + " " + line.text, size, line.style.bold))
            } else {
                out.append((line.text, size, line.style.bold))
            }
            lastStyle = line.style
        }
        return out
    }

    /// The connection site of a rounded rectangle nearest a point: 0 top, 1 left,
    /// 2 bottom, 3 right (the order DrawingML defines for `roundRect`).
    static func site(_ r: (x: Int, y: Int, w: Int, h: Int), nearest p: (Int, Int)) -> (index: Int, point: (Int, Int)) {
        let sites = [(r.x + r.w / 2, r.y), (r.x, r.y + r.h / 2), (r.x + r.w / 2, r.y + r.h), (r.x + r.w, r.y + r.h / 2)]
        let best = sites.indices.min { a, b in
            let da = abs(sites[a].0 - p.0) + abs(sites[a].1 - p.1)
            let db = abs(sites[b].0 - p.0) + abs(sites[b].1 - p.1)
            return da < db
        }!
        return (best, sites[best])
    }
}

/// `orgbook render CHART.yaml -o CHART.pptx`: one org chart as an editable deck.
public enum ChartDeck {
    /// The deck's bytes: the chart on one slide, or an overview and one slide per branch.
    public static func make(_ chart: OrgChart, file: String?) throws -> Data {
        let pages = try ChartSlides.pages(of: chart, file: file)
        let title = chart.title ?? "Org chart"
        var package = PresentationPackage(title: title)
        package.slides = pages.pages.map { ChartSlides.slide($0, of: chart, title: title) }
        return try package.data()
    }
}

/// `orgbook render TREE.yaml -o TREE.pptx`: one decision tree as an editable slide.
public enum DecisionTreeDeck {
    /// The route's colour when no brand gives one: the default `path` colour of the site.
    static let routeColor = "B44D12"

    public static func make(_ tree: DecisionTree) throws -> Data {
        let title = tree.title ?? "Decision tree"
        var package = PresentationPackage(title: title)
        package.slides = [DecisionTreeSlide.slide(tree, title: title, routeColor: routeColor)]
        return try package.data()
    }
}
