import Foundation
import Testing

/// `orgbook render -o CHART.pptx` and `orgbook export -o CLIENT.pptx|.xlsx` from the
/// command line: files written whole, and bad input reported with its fix, nothing written.
@Suite struct OfficeCommandTests {
    static func chartCSV(units: Int) -> String {
        var text = "id,name,parent,title\nu0,Group,,Chief executive\n"
        for k in 1..<units { text += "u\(k),Unit \(k),u\((k - 1) / 6),Head of unit \(k)\n" }
        return text
    }

    @Test func renderWritesADeckAndExportWritesBoth() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.chartCSV(units: 30).write(to: folder.appendingPathComponent("org.csv"), atomically: true, encoding: .utf8)
        let render = try TestSupport.run(["render", "org.csv", "-o", "org.pptx"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        let deck = try Data(contentsOf: folder.appendingPathComponent("org.pptx"))
        #expect(deck.starts(with: [0x50, 0x4b, 0x03, 0x04]))
        let bundle = TestSupport.packageRoot.appendingPathComponent("Content/reports/fernhill-rowe").path
        for name in ["f.pptx", "f.xlsx"] {
            let result = try TestSupport.run(["export", bundle, "-o", name], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        }
    }

    @Test func tooLargeWithSplitNoneNamesTheFix() throws {
        let folder = try TestSupport.temporaryFolder()
        let yaml =
            "kind: orgchart\nsplit: none\nunits:\n  - {id: u0, name: Group}\n"
            + (1..<300).map { "  - {id: u\($0), name: Unit \($0), parent: u\(($0 - 1) / 6)}\n" }.joined()
        try yaml.write(to: folder.appendingPathComponent("big.yaml"), atomically: true, encoding: .utf8)
        let result = try TestSupport.run(["render", "big.yaml", "-o", "big.pptx"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("big.yaml:1:1: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("split: auto"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("big.pptx").path))
    }

    @Test func missingFolderAndUnknownExtensionAreErrors() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.chartCSV(units: 5).write(to: folder.appendingPathComponent("org.csv"), atomically: true, encoding: .utf8)
        let render = try TestSupport.run(["render", "org.csv", "-o", "nowhere/org.pptx"], in: folder)
        #expect(render.status != 0)
        #expect(render.stderr.contains("the folder nowhere does not exist"), "\(render.stderr)")
        let bundle = TestSupport.packageRoot.appendingPathComponent("Content/reports/fernhill-rowe").path
        let export = try TestSupport.run(["export", bundle, "-o", "f.docx"], in: folder)
        #expect(export.status != 0)
        #expect(export.stderr.contains("unknown extension .docx"), "\(export.stderr)")
        #expect(export.stderr.contains(".pptx or .xlsx"))
    }

    @Test func renderDrawsADecisionTreeOnOneSlideAndRefusesOtherKinds() throws {
        let folder = try TestSupport.temporaryFolder()
        let tree = """
            kind: decision-tree
            title: Which model?
            question: Do journeys repeat across countries?
            answers:
              - {label: "Yes", outcome: CX factory}
              - {label: "No", outcome: Centre of excellence}
            """
        try tree.write(to: folder.appendingPathComponent("tree.yaml"), atomically: true, encoding: .utf8)
        let render = try TestSupport.run(["render", "tree.yaml", "-o", "tree.pptx"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        // The deck's parts are stored, not compressed, so the slide's XML reads as text.
        let deck = String(decoding: try Data(contentsOf: folder.appendingPathComponent("tree.pptx")), as: UTF8.self)
        for text in ["Do journeys repeat across countries?", "CX factory", "Centre of excellence", "Which model?"] {
            #expect(deck.contains(text), "\(text)")
        }
        #expect(deck.components(separatedBy: "<p:cxnSp>").count - 1 == 2)
        #expect(deck.contains("ppt/slides/slide1.xml") && !deck.contains("ppt/slides/slide2.xml"))

        let diff = "kind: org-diff\nbefore:\n  units: [{id: a, name: A}]\nafter:\n  units: [{id: a, name: A}]\n"
        try diff.write(to: folder.appendingPathComponent("diff.yaml"), atomically: true, encoding: .utf8)
        let refused = try TestSupport.run(["render", "diff.yaml", "-o", "diff.pptx"], in: folder)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("org chart or a decision tree"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("diff.pptx").path))
    }
}
