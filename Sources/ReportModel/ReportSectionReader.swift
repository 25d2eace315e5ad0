import Diagnostics
import Foundation
import OrgData
import OrgModel
import YAML

/// Reads the report's extra Markdown sections: the files listed under `sections:`, or,
/// without that key, every `*.md` file in the bundle's folder in name order.
enum ReportSectionReader {
    static func read(_ node: YAMLNode?, base: String, reportPath: String, reader: YAMLReader) -> [ReportSection] {
        guard let node else { return discovered(in: base, reader: reader) }
        var sections: [ReportSection] = []
        for entry in reader.textList(node, what: "'sections'") {
            let file = FilePath.resolve(entry.text, against: base)
            guard FilePath.fileExtension(of: file) == "md" else {
                reader.report(ReportError.sectionNotMarkdown(path: entry.text), at: entry.node)
                continue
            }
            guard let text = reader.context.readText(file, base: base, namedAt: reader.location(entry.node)) else { continue }
            sections.append(ReportSection(path: file, text: text))
        }
        return sections
    }

    private static func discovered(in base: String, reader: YAMLReader) -> [ReportSection] {
        let folder = base.isEmpty ? "." : base
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { FilePath.fileExtension(of: $0) == "md" && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let file = base.isEmpty ? name : base + "/" + name
            guard let text = reader.context.readText(file, base: base, namedAt: nil) else { return nil }
            return ReportSection(path: file, text: text)
        }
    }
}
