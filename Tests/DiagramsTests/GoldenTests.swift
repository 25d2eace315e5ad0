import Foundation
import OrgModel
import Testing

@testable import Diagrams

/// SVG and HTML output compared byte for byte with committed files. Regenerate them with
/// `ORGBOOK_UPDATE_GOLDEN=1 swift test --filter GoldenTests`, then review the diff.
@Suite struct GoldenTests {
    static let documents: [(name: String, document: OrgDocument)] = [
        ("orgchart", .orgChart(Samples.orgChart)),
        ("orgchart-wide", .orgChart(Samples.wideChart)),
        ("orgchart-large", .orgChart(Samples.largeChart(count: 300))),
        ("org-diff", .orgDiff(Samples.orgDiff)),
        ("decision-tree", .decisionTree(Samples.decisionTree)),
        ("ownership-matrix", .ownershipMatrix(Samples.matrix)),
    ]

    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    static func options() -> DiagramOptions {
        var options = DiagramOptions()
        options.idPrefix = "fig"
        options.linkRewriter = { $0.hasSuffix(".md") ? String($0.dropLast(3)) + "/" : nil }
        return options
    }

    @Test(arguments: documents.map(\.name))
    func matchesGoldenFiles(name: String) throws {
        let document = Self.documents.first { $0.name == name }!.document
        let rendered = DiagramRenderer.render(document, options: Self.options())
        for (ext, text) in [("svg", rendered.svg), ("html", rendered.html)] {
            let url = Self.goldenDirectory.appendingPathComponent("\(name).\(ext)")
            if ProcessInfo.processInfo.environment["ORGBOOK_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            #expect(text == golden, "\(name).\(ext) differs from the golden file; rerun with ORGBOOK_UPDATE_GOLDEN=1 and review")
        }
    }
}
