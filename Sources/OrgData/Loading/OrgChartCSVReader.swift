import Diagnostics
import OrgModel

/// Reads an org chart from CSV: a header row naming the columns `id`, `name`, `parent` and
/// optionally `title`, `dotted` (ids separated by `;`) and the built-in measures
/// (`headcount`, `fte`, `cost`, `vacancies`), in any order, then one row per unit. Other
/// columns are kept as attributes, named once in a note. The delimiter is sniffed.
enum OrgChartCSVReader {
    /// The units of `text`; problems go to `context`. Returns nil when the header is unusable.
    static func records(_ text: String, map: SourceMap, context: LoadContext) -> [UnitRecord]? {
        let table = CSVTable(parsing: text, delimiter: CSVTable.sniffDelimiter(text)) { problem, line, column in
            context.report(problem, at: map.location(line: line, column: column))
        }
        guard let header = table.rows.first else {
            context.report(CSVError.emptyFile, at: map.origin)
            return nil
        }
        guard let (columns, attributes) = columnIndex(header, map: map, context: context) else { return nil }
        if !attributes.isEmpty {
            context.report(
                CSVError.attributeColumns(attributes.map { header[$0].text.trimmingWhitespace }),
                at: map.location(line: header[0].line, column: 1))
        }

        var records: [UnitRecord] = []
        records.reserveCapacity(table.rows.count - 1)
        for row in table.rows.dropFirst() {
            let rowStart = map.location(line: row[0].line, column: row[0].column)
            guard row.count == header.count else {
                context.report(CSVError.fieldCount(found: row.count, expected: header.count), at: rowStart)
                continue
            }
            func field(_ name: String) -> CSVTable.Field? { columns[name].map { row[$0] } }
            func place(_ field: CSVTable.Field) -> SourceLocation { map.location(line: field.line, column: field.column) }
            func value(_ field: CSVTable.Field?) -> String { field.map { $0.quoted ? $0.text : $0.text.trimmingWhitespace } ?? "" }

            let id = field("id")!
            let name = field("name")!
            let parent = field("parent")!
            let title = value(field("title"))
            var dotted: [String] = []
            var dottedLocations: [SourceLocation] = []
            if let dottedField = field("dotted") {
                // Point each id at its own place in the field (exact for unquoted fields).
                var offset = dottedField.quoted ? 1 : 0
                for part in dottedField.text.split(separator: ";", omittingEmptySubsequences: false) {
                    let trimmed = String(part).trimmingWhitespace
                    if !trimmed.isEmpty {
                        let lead = part.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
                        dotted.append(trimmed)
                        dottedLocations.append(map.location(line: dottedField.line, column: dottedField.column + offset + lead))
                    }
                    offset += part.unicodeScalars.count + 1
                }
            }
            var measures: [String: Double] = [:]
            for key in MeasureDefinition.builtInKeys {
                guard let field = field(key),
                    let number = MeasureValue.read(field.text, measure: key, at: place(field), context: context)
                else { continue }
                measures[key] = number
            }
            var attributeValues: [String: String] = [:]
            for column in attributes { attributeValues[header[column].text.trimmingWhitespace] = value(row[column]) }
            let parentID = value(parent)
            let unit = OrgUnit(
                id: value(id), name: value(name), parent: parentID.isEmpty ? nil : parentID,
                title: title.isEmpty ? nil : title, dotted: dotted, location: rowStart,
                measures: measures, attributes: attributeValues)
            records.append(
                UnitRecord(
                    unit: unit, idLocation: place(id), nameLocation: place(name),
                    parentLocation: place(parent), dottedLocations: dottedLocations))
        }
        return records
    }

    /// Column name → field index, and the indices of the other columns (attributes);
    /// repeated and missing columns are errors.
    private static func columnIndex(
        _ header: [CSVTable.Field], map: SourceMap,
        context: LoadContext
    ) -> (columns: [String: Int], attributes: [Int])? {
        var columns: [String: Int] = [:]
        var attributes: [Int] = []
        var usable = true
        for (index, field) in header.enumerated() {
            let name = field.text.trimmingWhitespace.lowercased()
            let place = map.location(line: field.line, column: field.column)
            if !CSVError.knownColumns.contains(name) {
                attributes.append(index)
            } else if columns[name] != nil {
                context.report(CSVError.duplicateColumn(name), at: place)
                usable = false
            } else {
                columns[name] = index
            }
        }
        for required in CSVError.requiredColumns where columns[required] == nil {
            context.report(CSVError.missingColumn(required), at: map.location(line: header[0].line, column: 1))
            usable = false
        }
        return usable ? (columns, attributes) : nil
    }
}
