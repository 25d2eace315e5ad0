import Diagnostics
import Foundation
import OrgData
import OrgModel
import YAML

/// Reads `maturity:` — `stages:` (a list, or a YAML file holding the list), `current:`,
/// optional `target:` and `link:`. A stage is a name or `{name, description}`.
enum ReportMaturityReader {
    static let keys = ["stages", "current", "target", "link"]

    static func read(_ node: YAMLNode, base: String, reader: YAMLReader) -> ReportMaturity? {
        guard let mapping = reader.mapping(node, what: "'maturity'") else { return nil }
        let fields = reader.fields(mapping, known: keys)
        for key in ["stages", "current"] where fields[key] == nil {
            reader.report(DataFormatError.missingKey(key: key, in: "'maturity'"), at: node)
        }
        guard let stagesNode = fields["stages"], let stagesKey = fields.keyNode("stages"),
            let stages = stages(stagesNode, key: stagesKey, base: base, reader: reader)
        else { return nil }
        let names = stages.map(\.name)
        func index(_ key: String) -> Int?? {
            guard let value = fields[key] else { return .some(nil) }
            guard let name = ReportYAMLReader.nonEmptyText(value, what: quoted(key), reader: reader) else { return nil }
            guard let found = names.firstIndex(of: name) else {
                reader.report(ReportError.unknownStage(name: name, stages: names), at: value)
                return nil
            }
            return .some(found)
        }
        guard case .some(let currentIndex?) = index("current"), case .some(let target) = index("target") else { return nil }
        if let target, target <= currentIndex, let targetNode = fields["target"] {
            reader.report(ReportError.targetNotAhead(current: names[currentIndex], target: names[target]), at: targetNode)
        }
        let link = fields["link"].flatMap { reader.link($0, what: "'link'") }
        var maturity = ReportMaturity(stages: stages, current: currentIndex, target: target, link: link)
        maturity.linkLocation = fields["link"].map(reader.location)
        return maturity
    }

    /// The stages: inline, or read from a YAML file that holds the list (or a mapping with
    /// `stages:`), relative to the report.
    private static func stages(_ node: YAMLNode, key: YAMLNode, base: String, reader: YAMLReader) -> [MaturityStage]? {
        if case .sequence = node { return list(node, at: node, reader: reader) }
        guard let file = ReportYAMLReader.filePath(node, key: key, base: base, reader: reader) else { return nil }
        guard ["yaml", "yml"].contains(FilePath.fileExtension(of: file)) else {
            reader.report(DataFormatError.unsupportedFileType(path: file), at: node)
            return nil
        }
        guard let text = reader.context.readText(file, base: base, namedAt: reader.location(key)) else { return nil }
        let fileReader = YAMLReader(map: SourceMap(file: file), context: reader.context)
        guard let root = YAMLReader.compose(text, map: fileReader.map, context: reader.context) else { return nil }
        if case .mapping(let mapping) = root {
            let fields = fileReader.fields(mapping, known: ["kind", "title", "stages"])
            guard let inner = fields["stages"] else {
                fileReader.report(DataFormatError.missingKey(key: "stages", in: "the stages file"), at: root)
                return nil
            }
            return list(inner, at: inner, reader: fileReader)
        }
        return list(root, at: root, reader: fileReader)
    }

    private static func list(_ node: YAMLNode, at place: YAMLNode, reader: YAMLReader) -> [MaturityStage]? {
        guard let items = reader.sequence(node, what: "'stages'") else { return nil }
        guard !items.isEmpty else {
            reader.report(ReportError.noStages, at: place)
            return nil
        }
        let errorsBefore = reader.context.errorCount
        var stages: [MaturityStage] = []
        for item in items {
            var name: String?
            var description: String?
            var nameNode = item
            if case .mapping(let mapping) = item {
                let fields = reader.fields(mapping, known: ["name", "description"])
                guard let node = fields["name"] else {
                    reader.report(DataFormatError.missingKey(key: "name", in: "the stage"), at: item)
                    continue
                }
                nameNode = node
                name = ReportYAMLReader.nonEmptyText(node, what: "a stage name", reader: reader)
                description = fields["description"].flatMap { reader.text($0, what: "'description'") }.flatMap { $0.isEmpty ? nil : $0 }
            } else {
                name = ReportYAMLReader.nonEmptyText(item, what: "a stage name", reader: reader)
            }
            guard let name else { continue }
            if stages.contains(where: { $0.name == name }) {
                reader.report(ReportError.duplicateStage(name), at: nameNode)
                continue
            }
            stages.append(MaturityStage(name: name, description: description))
        }
        return reader.context.errorCount == errorsBefore ? stages : nil
    }
}
