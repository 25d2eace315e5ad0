import Layout
import OrgModel

/// The HTML that goes with an org diff: the metrics of both sides, and the changes.
enum OrgDiffTables {
    static func metricsTable(_ diff: OrgDiff) -> String {
        let b = diff.beforeMetrics
        let a = diff.afterMetrics
        var m = Markup(capacity: 2048)
        m.raw("<table class=\"org-metrics\">\n<caption>Shape of the organisation, before and after</caption>\n")
        m.raw(
            "<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n"
        )
        func row(_ name: String, _ before: String, _ after: String, _ change: String) {
            m.raw("<tr><th scope=\"row\">")
            m.escaped(name)
            m.raw("</th><td>")
            m.escaped(before)
            m.raw("</td><td>")
            m.escaped(after)
            m.raw("</td><td>")
            m.escaped(change)
            m.raw("</td></tr>\n")
        }
        func ints(_ name: String, _ x: Int, _ y: Int) { row(name, String(x), String(y), signed(Double(y - x), decimals: 0)) }
        ints("Units", b.units, a.units)
        ints("Layers", b.layers, a.layers)
        row(
            "Average span of control", oneDecimal(b.averageSpan), oneDecimal(a.averageSpan),
            signed(roundedToTenth(a.averageSpan) - roundedToTenth(b.averageSpan), decimals: 1))
        ints("Largest span of control", b.largestSpan, a.largestSpan)
        ints("Units reporting to the root", b.reportingToRoot, a.reportingToRoot)
        ints("Dotted lines", b.dottedLines, a.dottedLines)
        row("Span distribution (direct reports: managers)", distribution(b.spanDistribution), distribution(a.spanDistribution), "—")
        m.raw("</tbody>\n</table>\n")
        return m.text
    }

    static func changeList(_ diff: OrgDiff) -> String {
        var m = Markup(capacity: 256 + diff.changes.count * 96)
        var items = 0
        for change in diff.changes where change.kind != .unchanged || change.renamed {
            if items == 0 { m.raw("<ul class=\"org-changes\" aria-label=\"Changes\">\n") }
            items += 1
            let name = change.afterName ?? change.beforeName ?? change.id
            m.raw("<li")
            m.attribute(
                "class",
                ([change.kind == .unchanged ? nil : change.kind.rawValue, change.renamed ? "renamed" : nil]
                    .compactMap { $0 }).joined(separator: " "))
            m.raw(">")
            switch change.kind {
            case .moved:
                m.raw("<strong>MOVED</strong> ")
                m.escaped(name)
                m.raw(": from ")
                m.escaped(parentName(change.beforeParent, in: diff.before))
                m.raw(" to ")
                m.escaped(parentName(change.afterParent, in: diff.after))
            case .added:
                m.raw("<strong>NEW</strong> ")
                m.escaped(name)
                m.raw(", under ")
                m.escaped(parentName(change.afterParent, in: diff.after))
            case .removed:
                m.raw("<strong>REMOVED</strong> ")
                m.escaped(change.beforeName ?? change.id)
                m.raw(", was under ")
                m.escaped(parentName(change.beforeParent, in: diff.before))
            case .unchanged:
                break
            }
            if change.renamed {
                if change.kind != .unchanged { m.raw("; ") }
                m.raw("<strong>RENAMED</strong> ")
                m.escaped(change.beforeName ?? "")
                m.raw(" → ")
                m.escaped(change.afterName ?? "")
            }
            m.raw("</li>\n")
        }
        if items == 0 {
            m.raw("<p class=\"org-changes\">No unit moved, was added, removed or renamed.</p>\n")
        } else {
            m.raw("</ul>\n")
        }
        return m.text
    }

    static func parentName(_ id: String?, in chart: OrgChart) -> String {
        guard let id else { return "nobody (top of the organisation)" }
        return chart.unit(id)?.name ?? id
    }

    static func roundedToTenth(_ x: Double) -> Double { (x * 10).rounded() / 10 }

    static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// `+2`, `−1.5` (a real minus sign), `0`.
    static func signed(_ x: Double, decimals: Int) -> String {
        let text = decimals == 0 ? String(Int(abs(x).rounded())) : oneDecimal(abs(x))
        if abs(x) < (decimals == 0 ? 0.5 : 0.05) { return decimals == 0 ? "0" : "0.0" }
        return (x > 0 ? "+" : "−") + text
    }

    static func distribution(_ spans: [Int: Int]) -> String {
        guard !spans.isEmpty else { return "none" }
        return spans.keys.sorted().map { "\($0): \(spans[$0]!)" }.joined(separator: ", ")
    }
}
