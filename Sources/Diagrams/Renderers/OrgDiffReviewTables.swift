import Layout
import OrgModel

/// The review an org diff of measured or people data adds under the charts: every measure
/// and people metric before and after with its change, the span bands, and the breaches of
/// targets as findings. Nothing for a diff of plain unit lists.
enum OrgDiffReviewTables {
    static func html(_ diff: OrgDiff) -> String {
        let people = (diff.before.peopleMetrics(), diff.after.peopleMetrics())
        let hasTargets = diff.before.settings.targets != nil || diff.after.settings.targets != nil
        guard !diff.before.totals().isEmpty || !diff.after.totals().isEmpty || people.0 != nil || hasTargets else { return "" }
        var m = Markup(capacity: 4096)
        m.raw("<table class=\"org-review\">\n<caption>Numbers and people, before and after</caption>\n")
        m.raw(
            "<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n"
        )
        let currency = diff.after.settings.currency ?? diff.before.settings.currency
        for row in diff.metricDeltas() {
            let money = row.key == MeasureDefinition.cost.key
            func text(_ value: Double) -> String {
                money ? MeasureFormat.money(value, currency: currency) : MeasureFormat.grouped(value)
            }
            cells(
                &m, row.label, text(row.before), text(row.after),
                money
                    ? (row.delta < 0 ? "−" : "+") + MeasureFormat.money(abs(row.delta), currency: currency)
                    : OrgDiffTables.signed(row.delta, decimals: row.delta == row.delta.rounded() ? 0 : 1))
        }
        if let before = people.0, let after = people.1 {
            for bucket in SpanBucket.allCases {
                let old = before.spanBuckets[bucket] ?? 0
                let new = after.spanBuckets[bucket] ?? 0
                cells(
                    &m, "Managers with a span of \(bucket.rawValue)", String(old), String(new),
                    OrgDiffTables.signed(Double(new - old), decimals: 0))
            }
            cells(
                &m, "Headcount by layer", before.headcountByLayer.map(String.init).joined(separator: " / "),
                after.headcountByLayer.map(String.init).joined(separator: " / "), "—")
        }
        m.raw("</tbody>\n</table>\n")
        if hasTargets {
            let breaches = diff.after.targetBreaches()
            m.raw("<section class=\"org-findings\"><h3>Findings: targets missed after the change</h3>\n")
            if breaches.isEmpty {
                m.raw("<p>Every manager and layer is within the targets.</p>\n")
            } else {
                m.raw("<ul>\n")
                for breach in breaches {
                    m.raw("<li>")
                    m.escaped(breach.summary)
                    m.raw("</li>\n")
                }
                m.raw("</ul>\n")
            }
            m.raw("</section>\n")
        }
        return m.text
    }

    private static func cells(_ m: inout Markup, _ name: String, _ before: String, _ after: String, _ change: String) {
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
}
