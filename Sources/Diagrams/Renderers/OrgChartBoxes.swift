import Layout
import OrgModel
import Typesetting

/// What the boxes of an org chart show beyond name and title: the measures line (`show:`)
/// and the "Vacant" badge. The layout sizes boxes from names, titles and badges, so the
/// measures line travels as part of the title (after " · " when both fit on one line), its
/// words held together by no-break spaces so it wraps as one piece. (Once the layout takes a third paragraph,
/// `chart.measureLines()` can go there as its own line.)
struct OrgChartBoxes {
    /// The chart handed to the layout: titles carry the measures line.
    var chart: OrgChart
    var badges: [String: [String]] = [:]
    /// `vacant` for vacant positions (the renderer dashes their boxes).
    var classes: [String: String] = [:]

    init(_ chart: OrgChart) {
        var shown = chart
        for (index, line) in chart.measureLines().enumerated() {
            guard let line else { continue }
            let held = line.replacingOccurrences(of: " ", with: "\u{00A0}")
            let title = shown.units[index].title ?? ""
            // On one line with the title when both fit, else on a line of its own.
            let joined = title + " · " + held
            let fits =
                TextMetrics.width(of: joined, fontSize: TextStyle.detail.fontSize, bold: false)
                <= OrgChartLayout.maxTextWidth / BoxLabel.safetyFactor
            shown.units[index].title = title.isEmpty ? held : fits ? joined : title + " " + held
        }
        for unit in chart.units where unit.vacant {
            badges[unit.id] = ["VACANT"]
            classes[unit.id] = "vacant"
        }
        self.chart = shown
    }
}
