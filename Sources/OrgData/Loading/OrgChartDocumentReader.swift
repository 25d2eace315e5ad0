import Diagnostics
import OrgModel
import YAML

/// Reads an org chart document: `units:` (a unit chart), `people:` (a people chart), or
/// both (units with their people), plus the settings of `OrgChartSettingsReader`.
enum OrgChartDocumentReader {
    static let keys = ["kind", "title", "units", "people", "aspect", "split"] + SourceReader.keys + OrgChartSettingsReader.keys

    public static func read(
        _ fields: YAMLFields, node: YAMLNode, title: String?, reader: YAMLReader,
        baseDirectory: String
    ) -> OrgChart? {
        let settings = OrgChartSettingsReader.read(fields, reader: reader)
        let context = reader.context
        let errorsBefore = context.errorCount

        var people: (chart: OrgChart, records: [UnitRecord])?
        if let sourceKey = fields.keyNode("source") {
            guard
                let source = SourceReader.read(
                    fields, reader: reader, measures: settings.measures,
                    baseDirectory: baseDirectory)
            else { return nil }
            if source.records.isEmpty, context.errorCount > errorsBefore { return nil }
            guard
                var chart = OrgChartBuilder.build(
                    title: title, records: source.records,
                    chartLocation: reader.location(sourceKey),
                    subject: source.subject, context: context)
            else { return nil }
            chart.settings = settings
            if source.subject == .people, let grouped = group(chart, records: source.records, fields: fields, reader: reader) {
                return finish(grouped, fields: fields, attributes: source.attributeColumns, reader: reader, errorsBefore: errorsBefore)
            }
            if source.subject == .units || fields["units"] == nil {
                return finish(chart, fields: fields, attributes: source.attributeColumns, reader: reader, errorsBefore: errorsBefore)
            }
            people = (chart, source.records)
        } else if let peopleNode = fields["people"], let peopleKey = fields.keyNode("people") {
            let records = PeopleYAMLReader.records(peopleNode, measures: settings.measures, reader: reader)
            if records.isEmpty, context.errorCount > errorsBefore { return nil }
            guard
                let chart = OrgChartBuilder.build(
                    title: title, records: records, chartLocation: reader.location(peopleKey),
                    subject: .people, context: context)
            else { return nil }
            people = (chart, records)
        }

        guard let units = fields["units"], let unitsKey = fields.keyNode("units") else {
            guard var chart = people?.chart else {
                reader.report(DataFormatError.missingKey(key: "units", in: "the org chart"), at: node)
                return nil
            }
            chart.settings = settings
            if let grouped = group(chart, records: people!.records, fields: fields, reader: reader) { chart = grouped }
            return finish(chart, fields: fields, attributes: [], reader: reader, errorsBefore: errorsBefore)
        }
        let unitErrorsBefore = context.errorCount
        let records = OrgChartYAMLReader.records(units, measures: settings.measures, reader: reader)
        // Units that were all malformed are already reported; "no units" would only repeat it.
        if records.isEmpty, context.errorCount > unitErrorsBefore { return nil }
        guard
            var chart = OrgChartBuilder.build(
                title: title, records: records, chartLocation: reader.location(unitsKey),
                context: context)
        else { return nil }
        if let people { PeopleAssignment.assign(people.chart, records: people.records, to: &chart, context: context) }
        chart.settings = settings
        return finish(chart, fields: fields, attributes: [], reader: reader, errorsBefore: errorsBefore)
    }

    /// The unit chart of `group-by:`, or nil when there is none (or it failed, reported).
    private static func group(_ people: OrgChart, records: [UnitRecord], fields: YAMLFields, reader: YAMLReader) -> OrgChart? {
        guard let node = fields["group-by"], let column = reader.text(node, what: "'group-by'"), !column.isEmpty else { return nil }
        return UnitGrouping.group(people, by: column, records: records, at: reader.location(node), context: reader.context)
    }

    /// Checks what needs the data read (`color-by:` names an attribute) and refuses a chart
    /// when anything was wrong on the way.
    private static func finish(
        _ chart: OrgChart, fields: YAMLFields, attributes: [String], reader: YAMLReader,
        errorsBefore: Int
    ) -> OrgChart? {
        var chart = chart
        if let attribute = chart.settings.colorBy, let node = fields["color-by"] {
            var known = attributes
            for unit in chart.units + chart.people { for key in unit.attributes.keys where !known.contains(key) { known.append(key) } }
            if !known.contains(attribute) { reader.report(SourceError.unknownColorBy(attribute, known: known), at: node) }
        }
        if let node = fields["private"] {
            // A misspelt private field would leak what it meant to hide: refuse it.
            let known = chart.privatizableFields() + attributes.filter { !chart.privatizableFields().contains($0) }
            for (field, place) in reader.textList(node, what: "'private'") where !known.contains(field) {
                reader.report(SourceError.unknownPrivateField(field, known: known), at: place)
            }
        }
        guard reader.context.errorCount == errorsBefore else { return nil }
        chart.privateValues = PrivateValues(chart)
        chart.redactPrivateFields()
        return chart
    }
}
