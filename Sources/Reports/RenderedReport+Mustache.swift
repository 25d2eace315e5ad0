import OrgModel
import Rendering
import ReportModel
import Templates

extension RenderedReport {
    /// The `report` value `report.mustache` reads, for the site (no page numbers).
    var mustacheValue: TemplateValue { mustacheValue(siteBrand: Brand()) }

    /// The `report` value with `brand` set to `siteBrand` under the report's own overrides,
    /// and, for the PDF, the page each contents entry starts on (`pageNumbers` by id; an
    /// id without a number prints "00", so a first pass lays out like the last).
    package func mustacheValue(siteBrand: Brand, pageNumbers: [String: Int]? = nil) -> TemplateValue {
        let brand = siteBrand.overridden(by: report.brand)
        let changes = Dictionary(grouping: report.orgDiff.changes, by: \.kind).mapValues(\.count)
        let findings = Self.items(report.findings, details: findingDetails, prefix: "finding")
        let recommendations = Self.items(report.recommendations, details: recommendationDetails, prefix: "recommendation")
        return .object([
            "client": .text(report.client),
            "slug": .text(report.slug),
            "sector": .text(report.sector),
            "date": .text(report.date.longForm),
            "dateISO": .text(report.date.description),
            "authors": .text(report.authors.joined(separator: ", ")),
            "severalAuthors": .bool(report.authors.count > 1),
            "summary": .text(summary),
            "archetype": .object([
                "name": .text(report.archetype.archetype),
                "description": .text(report.archetype.description ?? ""),
                "url": .text(archetypeURL ?? ""),
                "hasURL": .bool(archetypeURL != nil),
            ]),
            "answers": .list(
                report.decisionTree.path.enumerated().map { .object(["number": .number($0.offset + 1), "answer": .text($0.element)]) }),
            "tree": .text(tree),
            "maturity": maturityValue,
            "orgDiff": .text(orgDiff),
            "orgCounts": .object([
                "before": .number(report.current.units.count), "after": .number(report.target.units.count),
                "moved": .number(changes[.moved] ?? 0), "added": .number(changes[.added] ?? 0), "removed": .number(changes[.removed] ?? 0),
                "renamed": .number(report.orgDiff.changes.filter(\.renamed).count),
                "layersBefore": .number(report.orgDiff.beforeMetrics.layers), "layersAfter": .number(report.orgDiff.afterMetrics.layers),
            ]),
            "ownership": .text(ownership),
            "workload": .text(workload),
            "transfers": ownershipChangesValue,
            "whatIf": whatIfValue,
            "findings": .list(findings),
            "hasFindings": .bool(!findings.isEmpty),
            "recommendations": .list(recommendations),
            "hasRecommendations": .bool(!recommendations.isEmpty),
            "sections": .list(sections.map { .object(["id": .text($0.id), "title": .text($0.title), "html": .text($0.html)]) }),
            "hasSections": .bool(!sections.isEmpty),
            "contents": .list(
                contents.map { entry in
                    var value: TemplateObject = ["id": .text(entry.id), "title": .text(entry.title)]
                    if let pageNumbers { value["page"] = .text(pageNumbers[entry.id].map(String.init) ?? "00") }
                    value["hasPage"] = .bool(pageNumbers != nil)
                    return .object(value)
                }),
            "brand": brand.mustacheValue,
            "pageCSS": .text(
                ReportPrintStyle.pageRules(
                    client: report.client, date: report.date.longForm,
                    confidentiality: brand.confidentiality)),
        ])
    }

    private static func items(_ items: [ReportItem], details: [String], prefix: String) -> [TemplateValue] {
        zip(items, details).enumerated().map { index, pair in
            let (item, detail) = pair
            return .object([
                "id": .text("\(prefix)-\(index + 1)"),
                "number": .number(index + 1),
                "title": .text(item.title),
                "detail": .text(detail),
                "priority": .text(item.priority?.rawValue ?? ""),
                "hasPriority": .bool(item.priority != nil),
                "priorityLabel": .text(
                    item.priority.map { "\($0.rawValue.prefix(1).uppercased())\($0.rawValue.dropFirst()) priority" } ?? ""),
            ])
        }
    }

    /// Every stage in order with its state; the state is spelt out in text (`Today`,
    /// `Target`, a tick for reached stages) so it never rests on colour.
    private var maturityValue: TemplateValue {
        let maturity = report.maturity
        let stages: [TemplateValue] = maturity.stages.enumerated().map { index, stage in
            let isCurrent = index == maturity.current
            let isTarget = index == maturity.target
            var state = index < maturity.current ? "reached" : "ahead"
            if isCurrent { state = "current" }
            if isTarget && !isCurrent { state = "target" }
            let marks = [isCurrent ? "Today" : nil, isTarget ? "Target" : nil].compactMap { $0 }
            return .object([
                "number": .number(index + 1), "name": .text(stage.name), "description": .text(stage.description ?? ""),
                "hasDescription": .bool(stage.description != nil), "state": .text(state),
                "isCurrent": .bool(isCurrent), "isTarget": .bool(isTarget), "isReached": .bool(index < maturity.current),
                "isBetween": .bool(maturity.target.map { index > maturity.current && index < $0 } ?? false),
                "marks": .text(marks.joined(separator: " and ")), "hasMarks": .bool(!marks.isEmpty),
            ])
        }
        return .object([
            "stages": .list(stages),
            "count": .number(stages.count),
            "current": .text(maturity.currentStage.name),
            "target": .text(maturity.targetStage?.name ?? ""),
            "hasTarget": .bool(maturity.target != nil),
            "url": .text(maturityURL ?? ""),
            "hasURL": .bool(maturityURL != nil),
        ])
    }
}
