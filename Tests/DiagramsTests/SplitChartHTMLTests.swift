import Foundation
import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

/// Page HTML of charts too large for one printed page: the whole chart, then its parts,
/// linked by same-page anchors.
@Suite struct SplitChartHTMLTests {
    /// Every `href="#…"` in `html` names an `id` in the same html.
    static func danglingAnchors(_ html: String) -> [String] {
        func values(_ attribute: String) -> Set<String> {
            let pattern = try! NSRegularExpression(pattern: " \(attribute)=\"([^\"]*)\"")
            let range = NSRange(html.startIndex..., in: html)
            return Set(pattern.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } })
        }
        let ids = values("id")
        return values("href").filter { $0.hasPrefix("#") && !ids.contains(String($0.dropFirst())) }.sorted()
    }

    @Test func largeChartShowsWholeThenPartsLinkedByAnchors() throws {
        let chart = BankCharts.chart(units: 400, seed: 7)
        var options = DiagramOptions()
        options.idPrefix = "d3"
        let rendered = DiagramRenderer.render(.orgChart(chart), options: options)
        let pages = ChartPages.make(chart)
        let html = rendered.html
        #expect(html.hasPrefix("<div class=\"chart-split\" data-pages=\"\(pages.pages.count)\">"))
        #expect(html.contains("<section class=\"chart-page\" id=\"d3-page-overview\">"))
        for page in pages.pages { #expect(html.contains("id=\"d3-page-\(page.id)\"")) }
        // Overview boxes link down, breadcrumbs link back up, all within the page.
        #expect(html.contains("href=\"#d3-page-\(pages.pages[1].id)\""))
        #expect(html.contains("href=\"#d3-page-overview\""))
        #expect(Self.danglingAnchors(html) == [])
        _ = try XMLCheck.parseFragment(html)
        // The CLI's poster is the whole chart alone.
        #expect(rendered.svg == OrgChartRenderer.render(chart, options: options).svg)
    }

    @Test func smallChartIsDrawnAsBefore() {
        let options = DiagramOptions()
        #expect(
            DiagramRenderer.render(.orgChart(Samples.orgChart), options: options).html
                == OrgChartRenderer.render(Samples.orgChart, options: options).html)
        #expect(
            DiagramRenderer.render(.orgDiff(Samples.orgDiff), options: options).html
                == OrgDiffRenderer.render(Samples.orgDiff, options: options).html)
    }

    @Test func largeDiffPrintsBeforeAndAfterInPartsOfTheirOwn() throws {
        let before = BankCharts.chart(units: 400, seed: 7)
        let after = BankCharts.chart(units: 380, seed: 8)
        var options = DiagramOptions()
        options.idPrefix = "d1"
        let html = DiagramRenderer.render(.orgDiff(OrgDiff(title: "Bank", before: before, after: after)), options: options).html
        #expect(html.contains("id=\"d1-before-page-overview\"") && html.contains("id=\"d1-after-page-overview\""))
        #expect(html.contains("Before: Bank") && html.contains("After: Bank"))
        #expect(Self.danglingAnchors(html) == [])
        _ = try XMLCheck.parseFragment(html)
    }
}
