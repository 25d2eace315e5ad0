import Diagnostics
import OrgModel

/// Turns the rows of an export into unit or person records through a column mapping:
/// people when `manager` is mapped, units when `parent` is. Columns no field takes are kept
/// as attributes and named once in a note; managers given by name resolve when unique.
enum ExportReader {
    struct Result {
        var records: [UnitRecord]
        var subject: OrgChartSubject
        /// Names of the columns kept as attributes, in header order.
        var attributeColumns: [String]
    }

    public static func read(
        _ table: DataTable, mapping: ColumnMapping, measures: [MeasureDefinition],
        context: LoadContext
    ) -> Result? {
        // Columns of each mapped field; a missing one the user asked for is an error.
        var columns: [String: [Int]] = [:]
        var usable = true
        for entry in mapping.entries {
            var found: [Int] = []
            for column in entry.columns {
                if let index = table.column(named: column) {
                    found.append(index)
                } else if entry.required {
                    context.report(
                        SourceError.missingColumn(field: entry.field, column: column, header: table.columnNames),
                        at: entry.location)
                    usable = false
                }
            }
            if found.count == entry.columns.count || (entry.required && !found.isEmpty) { columns[entry.field] = found }
        }
        let subject: OrgChartSubject = columns["manager"] != nil ? .people : .units
        guard usable else { return nil }
        guard columns["id"] != nil, columns["manager"] != nil || columns["parent"] != nil else {
            context.report(SourceError.noIDOrManager, at: mapping.entries.first?.location ?? table.origin)
            return nil
        }
        let used = Set(columns.values.joined())
        let attributes = table.header.indices.filter { !used.contains($0) }
        if !attributes.isEmpty {
            context.report(CSVError.attributeColumns(attributes.map { table.header[$0].text }), at: table.origin)
        }

        let measureKeys = measures.map(\.key).filter { columns[$0] != nil }
        var records: [UnitRecord] = []
        records.reserveCapacity(table.rows.count)
        for (rowNumber, row) in table.rows.enumerated() {
            // A second header row of labels (SuccessFactors' user data file has one) names
            // its own id column where a person's id would be.
            if rowNumber == 0, let id = columns["id"]?.first, row[id].text.lowercased() == table.header[id].text.lowercased() {
                continue
            }
            func cell(_ field: String) -> DataTable.Cell? { columns[field]?.first.map { row[$0] } }
            func text(_ field: String) -> String {
                guard let indices = columns[field] else { return "" }
                if indices.count == 1 { return row[indices[0]].text }
                return indices.map { row[$0].text }.filter { !$0.isEmpty }.joined(separator: " ")
            }
            let rowStart = row[0].location
            let managerField = subject == .people ? "manager" : "parent"
            let name = text("name")
            let parent = text(managerField)
            let title = text("title")
            let unit = text("unit")
            var measures: [String: Double] = [:]
            for key in measureKeys {
                guard let field = cell(key),
                    let value = MeasureValue.read(field.text, measure: key, at: field.location, context: context)
                else { continue }
                measures[key] = value
            }
            var attributeValues: [String: String] = [:]
            attributeValues.reserveCapacity(attributes.count)
            for column in attributes where !row[column].text.isEmpty { attributeValues[table.header[column].text] = row[column].text }
            var dotted: [String] = []
            if let field = cell("dotted") {
                dotted = field.text.split(separator: ";").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            }
            let record = OrgUnit(
                id: text("id"), name: name, parent: parent.isEmpty || mapping.noManagerMarkers.contains(parent) ? nil : parent,
                title: title.isEmpty ? nil : title, dotted: dotted, location: rowStart,
                measures: measures, attributes: attributeValues,
                vacant: subject == .people && name.isEmpty, unit: unit.isEmpty ? nil : unit)
            records.append(
                UnitRecord(
                    unit: record, idLocation: cell("id")?.location ?? rowStart,
                    nameLocation: cell("name")?.location ?? rowStart,
                    parentLocation: cell(managerField)?.location ?? rowStart,
                    dottedLocations: dotted.map { _ in cell("dotted")!.location },
                    unitLocation: cell("unit")?.location))
        }
        if subject == .people { resolveManagerNames(&records, context: context) }
        return Result(
            records: records, subject: subject,
            attributeColumns: attributes.map { table.header[$0].text })
    }

    /// Some exports give the manager's name, not id: a manager that is no id but exactly
    /// one person's name becomes that person's id; a name several people share is an error
    /// listing them. Names that match nobody are left for the tree check to report.
    static func resolveManagerNames(_ records: inout [UnitRecord], context: LoadContext) {
        var ids = Set<String>()
        ids.reserveCapacity(records.count)
        for record in records { ids.insert(record.unit.id) }
        var byName: [String: [String]]?
        for index in records.indices {
            guard let manager = records[index].unit.parent, !ids.contains(manager) else { continue }
            if byName == nil {
                var names: [String: [String]] = [:]
                for record in records where !record.unit.vacant { names[record.unit.name, default: []].append(record.unit.id) }
                byName = names
            }
            guard let candidates = byName?[manager] else { continue }
            if candidates.count > 1 {
                context.report(
                    PeopleError.ambiguousManager(
                        person: records[index].unit.id, manager: manager,
                        candidates: candidates),
                    at: records[index].parentLocation)
            }
            records[index].unit.parent = candidates[0]
        }
    }
}
