import Diagnostics
import OrgModel
import YAML

/// Reads the chart-level keys about numbers and display: `currency`, `measures`, `show`,
/// `color-by`, `targets` and `private`.
public enum OrgChartSettingsReader {
    static let keys = ["currency", "measures", "show", "color-by", "targets", "private"]

    public static func read(_ fields: YAMLFields, reader: YAMLReader) -> OrgChartSettings {
        var settings = OrgChartSettings()
        if let node = fields["currency"], let currency = reader.text(node, what: "'currency'"), !currency.isEmpty {
            settings.currency = currency
        }
        if let node = fields["measures"] { settings.measures += declaredMeasures(node, reader: reader) }
        if let node = fields["show"] {
            for (key, place) in reader.textList(node, what: "'show'") {
                if settings.measure(key) == nil {
                    reader.report(MeasureError.unknownMeasure(key, known: settings.measures.map(\.key)), at: place)
                } else if !settings.show.contains(key) {
                    settings.show.append(key)
                }
            }
        }
        if let node = fields["color-by"], let attribute = reader.text(node, what: "'color-by'"), !attribute.isEmpty {
            settings.colorBy = attribute
        }
        if let node = fields["targets"] { settings.targets = targets(node, reader: reader) }
        if let node = fields["private"] { settings.privateFields = Set(reader.textList(node, what: "'private'").map(\.text)) }
        return settings
    }

    /// `measures: [{key: contractors, label: Contractors}]`.
    private static func declaredMeasures(_ node: YAMLNode, reader: YAMLReader) -> [MeasureDefinition] {
        var declared: [MeasureDefinition] = []
        for item in reader.sequence(node, what: "'measures'") ?? [] {
            guard let mapping = reader.mapping(item, what: "a declared measure") else { continue }
            let fields = reader.fields(mapping, known: ["key", "label"])
            let key = fields["key"].flatMap { reader.text($0, what: "'key'") } ?? ""
            guard !key.isEmpty else {
                reader.report(MeasureError.emptyMeasureKey, at: item)
                continue
            }
            if MeasureDefinition.builtInKeys.contains(key) || declared.contains(where: { $0.key == key }) {
                reader.report(MeasureError.duplicateMeasure(key), at: fields["key"]!)
                continue
            }
            let label = fields["label"].flatMap { reader.text($0, what: "'label'") } ?? ""
            declared.append(MeasureDefinition(key: key, label: label.isEmpty ? key : label, unitSuffix: nil))
        }
        return declared
    }

    /// `targets: {span: {min: 4, max: 12}, layers: {max: 7}}`.
    public static func targets(_ node: YAMLNode, reader: YAMLReader) -> OrgTargets? {
        guard let mapping = reader.mapping(node, what: "'targets'") else { return nil }
        let fields = reader.fields(mapping, known: ["span", "layers"])
        var targets = OrgTargets()
        func limits(_ key: String, known: [String]) -> YAMLFields? {
            guard let node = fields[key], let mapping = reader.mapping(node, what: quoted(key)) else { return nil }
            return reader.fields(mapping, known: known)
        }
        func count(_ fields: YAMLFields, _ key: String, in owner: String) -> Int? {
            guard let node = fields[key], let text = reader.text(node, what: quoted(key)) else { return nil }
            guard let value = Int(text), value >= 0 else {
                reader.report(TargetError.notACount(key: "\(owner).\(key)", value: text), at: node)
                return nil
            }
            return value
        }
        if let span = limits("span", known: ["min", "max"]) {
            targets.spanMin = count(span, "min", in: "span")
            targets.spanMax = count(span, "max", in: "span")
            if let min = targets.spanMin, let max = targets.spanMax, min > max {
                reader.report(TargetError.minAboveMax(min: min, max: max), at: fields["span"]!)
            }
        }
        if let layers = limits("layers", known: ["max"]) { targets.layersMax = count(layers, "max", in: "layers") }
        return targets
    }
}
