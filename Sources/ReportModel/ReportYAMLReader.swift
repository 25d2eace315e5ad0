import Diagnostics
import Foundation
import OrgData
import OrgModel
import YAML

/// Decodes `report.yaml`: the report's own keys, then every file it names, all reporting
/// into one `LoadContext` so a user sees every problem in one run.
enum ReportYAMLReader {
    static let requiredKeys = [
        "client", "sector", "date", "authors", "decision-tree", "answers", "current", "target",
        "ownership", "maturity", "summary", "findings", "recommendations",
    ]
    static let knownKeys = ["kind"] + requiredKeys + ["sections", "brand", "targets"]

    static func read(_ text: String, path: String, context: LoadContext) -> Report? {
        let map = SourceMap(file: path)
        guard let root = YAMLReader.compose(text, map: map, context: context) else { return nil }
        let reader = YAMLReader(map: map, context: context)
        guard let mapping = reader.mapping(root, what: "report.yaml") else { return nil }
        let fields = reader.fields(mapping, known: knownKeys)
        let base = FilePath.directory(of: path)
        let errorsBefore = context.errorCount

        checkKind(fields, root: root, reader: reader)
        for key in requiredKeys where fields[key] == nil {
            reader.report(DataFormatError.missingKey(key: key, in: "the report"), at: root)
        }
        let client = fields["client"].flatMap { nonEmptyText($0, what: "'client'", reader: reader) }
        let sector = fields["sector"].flatMap { nonEmptyText($0, what: "'sector'", reader: reader) }
        let date = fields["date"].flatMap { self.date($0, reader: reader) }
        let authors = fields["authors"].map { self.authors($0, reader: reader) } ?? []
        let decision = readDecision(fields, client: client, base: base, reader: reader)
        var current = fields["current"].flatMap { chart($0, key: fields.keyNode("current")!, base: base, reader: reader) }
        var target = fields["target"].flatMap { chart($0, key: fields.keyNode("target")!, base: base, reader: reader) }
        // The report's `targets:` apply to each chart that sets none of its own.
        if let node = fields["targets"], let targets = OrgChartSettingsReader.targets(node, reader: reader) {
            if current?.settings.targets == nil { current?.settings.targets = targets }
            if target?.settings.targets == nil { target?.settings.targets = targets }
        }
        let ownership = fields["ownership"].flatMap {
            ownershipPair($0, key: fields.keyNode("ownership")!, current: current, target: target, base: base, reader: reader)
        }
        let maturity = fields["maturity"].flatMap { ReportMaturityReader.read($0, base: base, reader: reader) }
        let summary = fields["summary"].flatMap { nonEmptyText($0, what: "'summary'", reader: reader) }
        let findings = fields["findings"].map { items($0, what: "'findings'", reader: reader) } ?? []
        let recommendations = fields["recommendations"].map { items($0, what: "'recommendations'", reader: reader) } ?? []
        let sections = ReportSectionReader.read(fields["sections"], base: base, reportPath: path, reader: reader)
        let brand = fields["brand"].flatMap { BrandReader.read($0, base: base, reader: reader) } ?? Brand()

        guard context.errorCount == errorsBefore, let client, let sector, let date, let decision, let current,
            let target, let ownership, let ownershipTarget = ownership.target, let maturity, let summary
        else { return nil }
        let slug = base.split(separator: "/").last.map(String.init) ?? client
        var report = Report(
            path: path, slug: slug, client: client, sector: sector, date: date, authors: authors,
            decisionTree: decision.tree, decisionTreeFile: decision.file, archetype: decision.outcome,
            current: current, target: target,
            orgDiff: OrgDiff(title: "\(client): today and target", before: current, after: target),
            ownership: ownershipTarget, maturity: maturity, summary: summary,
            findings: findings + Report.targetFindings(current: current, target: target),
            recommendations: recommendations, sections: sections)
        report.brand = brand
        report.currentOwnership = ownership.current
        for loss in report.ownershipChanges.losses { context.report(OwnershipLossProblem(loss: loss), at: loss.location) }
        return report
    }

    private static func checkKind(_ fields: YAMLFields, root: YAMLNode, reader: YAMLReader) {
        guard let node = fields["kind"] else {
            reader.report(ReportError.notAReport(found: nil), at: root)
            return
        }
        if let kind = reader.text(node, what: "'kind'"), kind != "report" {
            reader.report(ReportError.notAReport(found: kind), at: node)
        }
    }

    static func nonEmptyText(_ node: YAMLNode, what: String, reader: YAMLReader) -> String? {
        guard let text = reader.text(node, what: what) else { return nil }
        if text.isEmpty {
            reader.report(ReportError.emptyValue(what: what), at: node)
            return nil
        }
        return text
    }

    private static func date(_ node: YAMLNode, reader: YAMLReader) -> ReportDate? {
        guard let text = reader.text(node, what: "'date'") else { return nil }
        guard let date = ReportDate(text) else {
            reader.report(ReportError.badDate(text), at: node)
            return nil
        }
        return date
    }

    private static func authors(_ node: YAMLNode, reader: YAMLReader) -> [String] {
        let names = reader.textList(node, what: "'authors'")
        // A mapping was already reported as the wrong type; an empty text or list is empty.
        if names.isEmpty, YAMLReader.describe(node) != "a mapping" {
            reader.report(ReportError.emptyValue(what: "'authors'"), at: node)
        }
        for name in names where name.text.isEmpty {
            reader.report(ReportError.emptyValue(what: "an author"), at: name.node)
        }
        return names.map(\.text).filter { !$0.isEmpty }
    }

    /// `current:` or `target:`: a YAML or CSV file (a missing file is reported at the key)
    /// or an inline `units:` mapping.
    private static func chart(_ value: YAMLNode, key: YAMLNode, base: String, reader: YAMLReader) -> OrgChart? {
        if case .mapping(let mapping) = value {
            return OrgDataLoader.orgChart(
                reader.fields(mapping, known: OrgDataLoader.orgChartKeys), node: value, reader: reader,
                baseDirectory: base)
        }
        guard let file = filePath(value, key: key, base: base, reader: reader) else { return nil }
        guard
            case .orgChart(let chart)? = OrgDataLoader.decodeFile(
                file, kind: .orgChart, referencedAt: reader.location(key),
                baseDirectory: base, context: reader.context)
        else { return nil }
        return chart
    }

    /// `ownership:`: one matrix (a file or inline), or `{current: …, target: …}`, each a
    /// matrix file or inline. Columns without `org:` bind to the report's charts: today's
    /// matrix to today's chart, the target's to the target chart, a lone matrix to either.
    private static func ownershipPair(
        _ value: YAMLNode, key: YAMLNode, current: OrgChart?, target: OrgChart?, base: String,
        reader: YAMLReader
    ) -> (current: OwnershipMatrix?, target: OwnershipMatrix?)? {
        let charts = (
            current: current.map { (name: "today's org chart", chart: $0) },
            target: target.map { (name: "the target org chart", chart: $0) }
        )
        defer { reader.context.matrixCharts = nil }
        guard case .mapping(let mapping) = value, mapping["target"] != nil || mapping["current"] != nil else {
            reader.context.matrixCharts = [charts.target, charts.current].compactMap { $0 }
            return matrix(value, key: key, base: base, reader: reader).map { (nil, $0) }
        }
        let fields = reader.fields(mapping, known: ["current", "target"])
        for side in ["current", "target"] where fields[side] == nil {
            reader.report(DataFormatError.missingKey(key: side, in: "'ownership' (or give one matrix)"), at: value)
        }
        reader.context.matrixCharts = charts.current.map { [$0] } ?? []
        let today = fields["current"].flatMap { matrix($0, key: fields.keyNode("current")!, base: base, reader: reader) }
        reader.context.matrixCharts = charts.target.map { [$0] } ?? []
        let future = fields["target"].flatMap { matrix($0, key: fields.keyNode("target")!, base: base, reader: reader) }
        return (today, future)
    }

    /// A matrix file or the matrix inline.
    private static func matrix(_ value: YAMLNode, key: YAMLNode, base: String, reader: YAMLReader) -> OwnershipMatrix? {
        if case .mapping(let mapping) = value {
            let fields = reader.fields(mapping, known: OwnershipMatrixYAMLReader.documentKeys)
            let title = fields["title"].flatMap { reader.text($0, what: "'title'") }.flatMap { $0.isEmpty ? nil : $0 }
            return OwnershipMatrixYAMLReader.read(fields, node: value, title: title, reader: reader, baseDirectory: base)
        }
        guard let file = filePath(value, key: key, base: base, reader: reader) else { return nil }
        guard
            case .ownershipMatrix(let matrix)? = OrgDataLoader.decodeFile(
                file, kind: .ownershipMatrix, referencedAt: reader.location(key), baseDirectory: base, context: reader.context)
        else { return nil }
        return matrix
    }

    /// A relative file path written as the value of `key`, resolved against the report.
    static func filePath(_ value: YAMLNode, key: YAMLNode, base: String, reader: YAMLReader) -> String? {
        let what = quoted(key.text ?? "")
        guard let relative = reader.text(value, what: "\(what) (a file path or inline data)") else { return nil }
        if relative.isEmpty {
            reader.report(DataFormatError.wrongType(what: what, expected: "a file path or inline data", found: "empty"), at: value)
            return nil
        }
        return FilePath.resolve(relative, against: base)
    }

    /// A list of `{title, detail, priority?}`.
    private static func items(_ node: YAMLNode, what: String, reader: YAMLReader) -> [ReportItem] {
        guard let list = reader.sequence(node, what: what) else { return [] }
        if list.isEmpty { reader.report(ReportError.emptyValue(what: what), at: node) }
        var items: [ReportItem] = []
        for entry in list {
            guard let mapping = reader.mapping(entry, what: "each item of \(what)") else { continue }
            let fields = reader.fields(mapping, known: ["title", "detail", "priority"])
            for key in ["title", "detail"] where fields[key] == nil {
                reader.report(DataFormatError.missingKey(key: key, in: "the item"), at: entry)
            }
            let title = fields["title"].flatMap { nonEmptyText($0, what: "'title'", reader: reader) }
            let detail = fields["detail"].flatMap { nonEmptyText($0, what: "'detail'", reader: reader) }
            var priority: ReportItem.Priority?
            if let node = fields["priority"], let text = reader.text(node, what: "'priority'") {
                priority = ReportItem.Priority(rawValue: text.lowercased())
                if priority == nil { reader.report(ReportError.unknownPriority(text), at: node) }
            }
            guard let title, let detail else { continue }
            items.append(ReportItem(title: title, detail: detail, priority: priority, location: reader.location(entry)))
        }
        return items
    }
}
