import Diagnostics
import Foundation
import Testing

@testable import OrgData
@testable import OrgModel
@testable import ReportModel

/// A small but complete report bundle in a temporary folder; tests swap single lines of
/// `report.yaml` to produce each error.
enum ReportBundle {
    static let tree = """
        kind: decision-tree
        question: Dedicated CX function?
        answers:
          - label: "Yes"
            outcome: CX centre of excellence
            link: models/coe.md
          - label: "No"
            question: Business archetype?
            answers:
              - label: Contract-based
                outcome: Journey-based organisation
                link: archetypes/journeys.md#top
              - label: Transaction-based
                outcome: Omnichannel organisation
                link: https://example.com/omni

        """

    static let report = """
        kind: report
        client: Example Insurer
        sector: Insurance
        date: 2026-03-12
        authors: [A. Author, B. Author]
        decision-tree: ../../tree.yaml
        answers: ["No", Contract-based]
        current: current.csv
        target: target.yaml
        ownership: matrix.yaml
        maturity:
          stages: [Product-focused, Service-focused, Customer-aware]
          current: Service-focused
          target: Customer-aware
        summary: A short summary.
        findings:
          - { title: Split renewals, detail: Four owners., priority: high }
        recommendations:
          - { title: One owner, detail: Appoint a journey owner. }

        """

    static let files: [String: String] = [
        "tree.yaml": tree,
        "reports/acme/report.yaml": report,
        "reports/acme/current.csv": "id,name,parent\nceo,CEO,\nsales,Sales,ceo\nservice,Service,ceo\n",
        "reports/acme/target.yaml":
            "units:\n  - { id: ceo, name: CEO }\n  - { id: cco, name: CCO, parent: ceo }\n  - { id: service, name: Service, parent: cco }\n",
        "reports/acme/matrix.yaml":
            "kind: ownership-matrix\nlegend: raci\ncolumns: [{ id: a, name: A }]\nrows:\n  - { task: T, cells: { a: [A, R] } }\n",
        "reports/acme/notes.md": "# Notes\n\nSome notes.\n",
    ]

    /// Writes the bundle with `report.yaml` replaced by `report` (and extra files), runs
    /// `body` with the report path, and removes the folder.
    static func with<T>(report: String = report, extra: [String: String] = [:], _ body: (String) throws -> T) rethrows -> T {
        var all = files
        all["reports/acme/report.yaml"] = report
        for (name, text) in extra { all[name] = text }
        let folder = try! TemporaryFolder(files: all)
        defer { folder.cleanUp() }
        return try body(folder.path + "/reports/acme/report.yaml")
    }

    /// The errors loading the bundle with `report` gives, as `line:col: message` (the
    /// file is always report.yaml unless `keepPath`).
    static func errors(_ report: String, extra: [String: String] = [:]) -> [String] {
        with(report: report, extra: extra) { path in
            do {
                _ = try ReportLoader.load(file: path)
                return ["loaded without errors"]
            } catch let error as DiagnosticError {
                return error.diagnostics.filter { $0.severity == .error }.map { diagnostic in
                    let place =
                        diagnostic.location.map { location in
                            location.path == path
                                ? "\(location.line):\(location.column)"
                                : "\((location.path as NSString).lastPathComponent):\(location.line):\(location.column)"
                        } ?? "-"
                    return "\(place): \(diagnostic.message)"
                }
            } catch {
                return ["unexpected \(error)"]
            }
        }
    }

    /// `report` with the line starting `prefix` replaced by `line`.
    static func replacing(_ prefix: String, with line: String) -> String {
        var lines = report.components(separatedBy: "\n")
        let index = lines.firstIndex { $0.hasPrefix(prefix) }!
        lines[index] = line
        return lines.joined(separator: "\n")
    }

    static func removing(_ prefix: String) -> String {
        report.components(separatedBy: "\n").filter { !$0.hasPrefix(prefix) }.joined(separator: "\n")
    }
}

@Suite struct ReportLoaderTests {
    @Test func loadsACompleteBundle() throws {
        let loaded = try ReportBundle.with { try ReportLoader.load(file: $0) }
        let report = loaded.report
        #expect(report.client == "Example Insurer")
        #expect(report.slug == "acme")
        #expect(report.date.description == "2026-03-12")
        #expect(report.date.longForm == "12 March 2026")
        #expect(report.authors == ["A. Author", "B. Author"])
        #expect(report.archetype.archetype == "Journey-based organisation")
        #expect(report.decisionTree.path == ["No", "Contract-based"])
        #expect(report.current.units.count == 3)
        #expect(report.target.units.count == 3)
        #expect(report.orgDiff.changes.map { "\($0.id):\($0.kind)" } == ["ceo:unchanged", "cco:added", "service:moved", "sales:removed"])
        #expect(report.maturity.currentStage.name == "Service-focused")
        #expect(report.maturity.targetStage?.name == "Customer-aware")
        #expect(report.ownership.isRACI)
        #expect(report.findings.map(\.priority) == [.high])
        #expect(report.recommendations.map(\.priority) == [nil])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func outcomeLinksAreRebasedOnTheReportFolder() throws {
        let report = try ReportBundle.with { try ReportLoader.load(file: $0) }.report
        #expect(report.archetype.link == "../../archetypes/journeys.md#top")
        guard case .question(let root) = report.decisionTree.root else {
            Issue.record("root is no question")
            return
        }
        guard case .outcome(let coe) = root.answers[0].next else {
            Issue.record("first answer is no outcome")
            return
        }
        #expect(coe.link == "../../models/coe.md")
        guard case .question(let second) = root.answers[1].next, case .outcome(let omni) = second.answers[1].next else {
            Issue.record("unexpected tree shape")
            return
        }
        #expect(omni.link == "https://example.com/omni")
    }

    @Test func pathNodeIDsFollowTheClientsAnswers() throws {
        let report = try ReportBundle.with { try ReportLoader.load(file: $0) }.report
        #expect(report.decisionTree.pathNodeIDs == ["q", "q.2", "q.2.1"])
        #expect(report.decisionTree.pathOutcome?.archetype == "Journey-based organisation")
    }

    @Test func sectionsDefaultToEveryMarkdownFileInTheFolder() throws {
        let report = try ReportBundle.with(extra: ["reports/acme/a-first.md": "## First\n"]) { try ReportLoader.load(file: $0) }.report
        #expect(report.sections.map(\.title) == ["First", "Notes"])
    }

    @Test func listedSectionsKeepTheirOrder() throws {
        let text = ReportBundle.report + "sections: [notes.md, more.md]\n"
        let loaded = try ReportBundle.with(report: text, extra: ["reports/acme/more.md": "More without a heading.\n"]) {
            try ReportLoader.load(file: $0)
        }
        #expect(loaded.report.sections.map(\.title) == ["Notes", "more"])
        #expect(loaded.dependencies.filter { $0.hasSuffix(".md") }.count == 2)
    }

    @Test func dependenciesNameEveryFileRead() throws {
        let loaded = try ReportBundle.with { try ReportLoader.load(file: $0) }
        let names = loaded.dependencies.map { ($0 as NSString).lastPathComponent }
        #expect(Set(names) == ["report.yaml", "tree.yaml", "current.csv", "target.yaml", "matrix.yaml", "notes.md"])
    }

    @Test func stagesAndMatrixMayBeFilesOrInline() throws {
        var text = ReportBundle.replacing("  stages:", with: "  stages: stages.yaml")
        text = text.replacingOccurrences(
            of: "ownership: matrix.yaml",
            with: """
                ownership:
                  legend: [{ code: O, label: Owns }]
                  columns: [{ id: coe, name: CoE }]
                  rows: [{ task: Measure, cells: { coe: O } }]
                """)
        let stages = "- Product-focused\n- { name: Service-focused, description: Fixes }\n- Customer-aware\n"
        let report = try ReportBundle.with(report: text, extra: ["reports/acme/stages.yaml": stages]) {
            try ReportLoader.load(file: $0)
        }.report
        #expect(report.maturity.stages.map(\.name) == ["Product-focused", "Service-focused", "Customer-aware"])
        #expect(report.maturity.stages[1].description == "Fixes")
        #expect(report.ownership.columns.map(\.id) == ["coe"])
    }

    @Test func targetStageNotAheadIsAWarning() throws {
        let text = ReportBundle.replacing("  target:", with: "  target: Product-focused")
        let loaded = try ReportBundle.with(report: text) { try ReportLoader.load(file: $0) }
        #expect(loaded.warnings.map(\.message) == ["target stage 'Product-focused' is not beyond the current stage 'Service-focused'"])
    }

    @Test func relativePaths() {
        #expect(FilePath.relative(from: "C/reports/x", to: "C/archetypes/a.md") == "../../archetypes/a.md")
        #expect(FilePath.relative(from: "C/reports/x", to: "C/reports/x/b.md") == "b.md")
        #expect(FilePath.relative(from: "", to: "a/b.md") == "a/b.md")
        #expect(FilePath.relative(from: "/t/r/x", to: "/t/a.md") == "../../a.md")
    }

    @Test func dates() {
        #expect(ReportDate("2024-02-29") != nil)
        #expect(ReportDate("2026-02-29") == nil)
        #expect(ReportDate("2026-04-31") == nil)
        #expect(ReportDate("2026-13-01") == nil)
        #expect(ReportDate("26-03-12") == nil)
        #expect(ReportDate("2026-3-12") == nil)
        #expect(ReportDate("2026-03-12")! < ReportDate("2026-12-01")!)
    }
}
