import OrgModel

extension RenderedReport {
    /// The `report` value `report.mustache` reads.
    var mustacheValue: [String: Any] {
        let changes = Dictionary(grouping: report.orgDiff.changes, by: \.kind).mapValues(\.count)
        let findings = Self.items(report.findings, details: findingDetails, prefix: "finding")
        let recommendations = Self.items(report.recommendations, details: recommendationDetails, prefix: "recommendation")
        return [
            "client": report.client,
            "slug": report.slug,
            "sector": report.sector,
            "date": report.date.longForm,
            "dateISO": report.date.description,
            "authors": report.authors.joined(separator: ", "),
            "severalAuthors": report.authors.count > 1,
            "summary": summary,
            "archetype": [
                "name": report.archetype.archetype,
                "description": report.archetype.description ?? "",
                "url": archetypeURL ?? "",
                "hasURL": archetypeURL != nil,
            ] as [String: Any],
            "answers": report.decisionTree.path.enumerated().map { ["number": $0.offset + 1, "answer": $0.element] as [String: Any] },
            "tree": tree,
            "maturity": maturityValue,
            "orgDiff": orgDiff,
            "orgCounts": [
                "before": report.current.units.count, "after": report.target.units.count,
                "moved": changes[.moved] ?? 0, "added": changes[.added] ?? 0, "removed": changes[.removed] ?? 0,
                "renamed": report.orgDiff.changes.filter(\.renamed).count,
                "layersBefore": report.orgDiff.beforeMetrics.layers, "layersAfter": report.orgDiff.afterMetrics.layers,
            ] as [String: Any],
            "ownership": ownership,
            "findings": findings,
            "hasFindings": !findings.isEmpty,
            "recommendations": recommendations,
            "hasRecommendations": !recommendations.isEmpty,
            "sections": sections.map { ["id": $0.id, "title": $0.title, "html": $0.html] as [String: Any] },
            "hasSections": !sections.isEmpty,
            "pageCSS": ReportPrintStyle.pageRules(client: report.client, date: report.date.longForm),
        ]
    }

    private static func items(_ items: [ReportItem], details: [String], prefix: String) -> [[String: Any]] {
        zip(items, details).enumerated().map { index, pair in
            let (item, detail) = pair
            return [
                "id": "\(prefix)-\(index + 1)",
                "number": index + 1,
                "title": item.title,
                "detail": detail,
                "priority": item.priority?.rawValue ?? "",
                "hasPriority": item.priority != nil,
                "priorityLabel": item.priority.map { "\($0.rawValue.prefix(1).uppercased())\($0.rawValue.dropFirst()) priority" } ?? "",
            ]
        }
    }

    /// Every stage in order with its state; the state is spelt out in text (`Today`,
    /// `Target`, a tick for reached stages) so it never rests on colour.
    private var maturityValue: [String: Any] {
        let maturity = report.maturity
        let stages: [[String: Any]] = maturity.stages.enumerated().map { index, stage in
            let isCurrent = index == maturity.current, isTarget = index == maturity.target
            var state = index < maturity.current ? "reached" : "ahead"
            if isCurrent { state = "current" }
            if isTarget && !isCurrent { state = "target" }
            let marks = [isCurrent ? "Today" : nil, isTarget ? "Target" : nil].compactMap { $0 }
            return [
                "number": index + 1, "name": stage.name, "description": stage.description ?? "",
                "hasDescription": stage.description != nil, "state": state,
                "isCurrent": isCurrent, "isTarget": isTarget, "isReached": index < maturity.current,
                "isBetween": maturity.target.map { index > maturity.current && index < $0 } ?? false,
                "marks": marks.joined(separator: " and "), "hasMarks": !marks.isEmpty,
            ]
        }
        return [
            "stages": stages,
            "count": stages.count,
            "current": maturity.currentStage.name,
            "target": maturity.targetStage?.name ?? "",
            "hasTarget": maturity.target != nil,
            "url": maturityURL ?? "",
            "hasURL": maturityURL != nil,
        ]
    }
}
