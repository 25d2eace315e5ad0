import Foundation
import OrgModel
import ReportModel

/// `orgbook export Content/reports/CLIENT -o CLIENT.xlsx`: a client report's data as a
/// workbook for HR: current units (and people), target units, the change list, metrics
/// before and after, the ownership matrix and the tasks that change hands. Fields the
/// chart marks `private:` are left out, as the HTML export leaves them out.
public enum ReportWorkbook {
    /// The workbook's bytes.
    public static func make(_ report: Report) throws -> Data {
        var package = WorkbookPackage(title: "\(report.client): organisation data")
        package.sheets.append(unitSheet("Current units", report.current.units, of: report.current))
        if !report.current.people.isEmpty {
            package.sheets.append(unitSheet("Current people", report.current.people, of: report.current))
        }
        package.sheets.append(unitSheet("Target units", report.target.units, of: report.target))
        if !report.target.people.isEmpty {
            package.sheets.append(unitSheet("Target people", report.target.people, of: report.target))
        }
        package.sheets.append(changeSheet(report.orgDiff))
        package.sheets.append(metricSheet(report.orgDiff))
        package.sheets.append(breachSheet([("current", report.current), ("target", report.target)]))
        package.sheets.append(ownershipSheet(report.ownership))
        package.sheets.append(transferSheet(report))
        return try package.data()
    }

    /// One row per unit (or person): id, name, title, parent, then every measure and
    /// attribute the data has that `private:` does not name.
    static func unitSheet(_ name: String, _ units: [OrgUnit], of chart: OrgChart) -> WorkbookPackage.Sheet {
        let hidden = chart.settings.privateFields
        let measures = chart.settings.measures.filter { definition in
            !hidden.contains(definition.key) && units.contains { $0.measures[definition.key] != nil }
        }
        let attributes = Set(units.flatMap(\.attributes.keys)).subtracting(hidden).sorted()
        let isPeople = units.first.map { $0.unit != nil } ?? false
        var header = ["ID"]
        if !hidden.contains("name") { header.append("Name") }
        if !hidden.contains("title") { header.append("Title") }
        header += [isPeople ? "Unit" : "Reports to", "Dotted line to", "Vacant"]
        header += measures.map(\.label) + attributes
        let rows: [[WorkbookPackage.Cell]] = units.map { unit in
            var row: [WorkbookPackage.Cell] = [.text(unit.id)]
            if !hidden.contains("name") { row.append(.text(unit.name)) }
            if !hidden.contains("title") { row.append(.text(unit.title ?? "")) }
            row += [
                .text((isPeople ? unit.unit : unit.parent) ?? ""), .text(unit.dotted.joined(separator: ", ")),
                .text(unit.vacant ? "yes" : ""),
            ]
            row += measures.map { unit.measures[$0.key].map { .number($0) } ?? .text("") }
            row += attributes.map { .text(unit.attributes[$0] ?? "") }
            return row
        }
        return WorkbookPackage.Sheet(name: name, header: header, rows: rows)
    }

    static func changeSheet(_ diff: OrgDiff) -> WorkbookPackage.Sheet {
        let rows: [[WorkbookPackage.Cell]] = diff.changes.filter { $0.kind != .unchanged }.map { change in
            [
                .text(change.id), .text(change.kind.rawValue), .text(change.renamed ? "yes" : ""),
                .text(change.beforeName ?? ""), .text(change.beforeParent ?? ""),
                .text(change.afterName ?? ""), .text(change.afterParent ?? ""),
            ]
        }
        return WorkbookPackage.Sheet(
            name: "Changes",
            header: [
                "ID", "Change", "Renamed", "Name before", "Reports to before",
                "Name after", "Reports to after",
            ], rows: rows)
    }

    static func metricSheet(_ diff: OrgDiff) -> WorkbookPackage.Sheet {
        let rows: [[WorkbookPackage.Cell]] = ReportDeck.metrics(diff).map { name, before, after in
            [.text(name), .number(before), .number(after), .number(after - before)]
        }
        return WorkbookPackage.Sheet(name: "Metrics", header: ["Metric", "Before", "After", "Change"], rows: rows)
    }

    /// Where each chart misses its `targets:` (spans, layers); no rows when none are set.
    static func breachSheet(_ charts: [(String, OrgChart)]) -> WorkbookPackage.Sheet {
        let rows: [[WorkbookPackage.Cell]] = charts.flatMap { label, chart in
            chart.targetBreaches().map { breach in
                [
                    .text(label), .text(breach.kind.rawValue), .text(breach.id), .text(breach.name),
                    .number(Double(breach.value)), .number(Double(breach.limit)),
                ]
            }
        }
        return WorkbookPackage.Sheet(name: "Target breaches", header: ["Chart", "Breach", "ID", "Name", "Value", "Target"], rows: rows)
    }

    /// The ownership transfers, the rows the deck's table shows.
    static func transferSheet(_ report: Report) -> WorkbookPackage.Sheet {
        let rows = ReportDeck.transferRows(report.ownershipChanges, legend: ReportDeck.legend(report))
        return WorkbookPackage.Sheet(name: "Ownership changes", header: rows[0], rows: rows.dropFirst().map { $0.map { .text($0) } })
    }

    static func ownershipSheet(_ matrix: OwnershipMatrix) -> WorkbookPackage.Sheet {
        var rows: [[WorkbookPackage.Cell]] = []
        for group in matrix.groups {
            for row in group.rows {
                rows.append(
                    [.text(group.name ?? ""), .text(row.task)]
                        + matrix.columns.map { .text((row.cells[$0.id] ?? []).joined(separator: ", ")) })
            }
        }
        return WorkbookPackage.Sheet(name: "Ownership", header: ["Group", "Task"] + matrix.columns.map(\.name), rows: rows)
    }
}
