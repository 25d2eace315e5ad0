import Diagnostics
import Foundation
import Testing

@testable import OrgModel
@testable import ReportModel

/// One test per way a report bundle can be wrong, each checking the message and where it
/// points (line:column in report.yaml unless another file is named).
@Suite struct ReportValidationTests {
    @Test func answerTheTreeDoesNotHave() {
        let text = ReportBundle.replacing("answers:", with: #"answers: ["No", Contract based]"#)
        #expect(ReportBundle.errors(text) == ["7:17: answer 2 'Contract based' is not an answer of 'Business archetype?'"])
    }

    @Test func answerHintSuggestsTheClosestLabel() throws {
        let text = ReportBundle.replacing("answers:", with: #"answers: ["No", Contract based]"#)
        let hint = ReportBundle.with(report: text) { path -> String? in
            do {
                _ = try ReportLoader.load(file: path)
                return nil
            } catch let error as DiagnosticError {
                return error.diagnostics.first?.hint
            } catch { return nil }
        }
        #expect(hint == "did you mean 'Contract-based'? the answers there are 'Contract-based', 'Transaction-based'")
    }

    @Test func answersPastAnOutcome() {
        let text = ReportBundle.replacing("answers:", with: #"answers: ["Yes", Contract-based]"#)
        #expect(
            ReportBundle.errors(text) == ["7:18: answer 2 'Contract-based' comes after the tree already reached 'CX centre of excellence'"])
    }

    @Test func answersThatStopAtAQuestion() {
        let text = ReportBundle.replacing("answers:", with: #"answers: ["No"]"#)
        #expect(ReportBundle.errors(text) == ["7:10: the answers stop at 'Business archetype?' before reaching an outcome"])
    }

    @Test func missingOrgFile() {
        let text = ReportBundle.replacing("current:", with: "current: today.csv")
        let found = ReportBundle.errors(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("8:1: cannot read '") == true)
        #expect(found.first?.hasSuffix("/reports/acme/today.csv'") == true)
    }

    @Test func brokenOrgFileIsReportedInThatFile() {
        let found = ReportBundle.errors(ReportBundle.report, extra: ["reports/acme/current.csv": "id,name,parent\nceo,CEO,\nx,X,nobody\n"])
        #expect(found == ["current.csv:3:5: unit 'x' has unknown parent 'nobody'"])
    }

    @Test func missingTreeFile() {
        let text = ReportBundle.replacing("decision-tree:", with: "decision-tree: ../tree.yaml")
        #expect(ReportBundle.errors(text).first?.hasPrefix("6:1: cannot read '") == true)
    }

    @Test func unknownStage() {
        let text = ReportBundle.replacing("  current:", with: "  current: Service focused")
        #expect(ReportBundle.errors(text) == ["13:12: unknown maturity stage 'Service focused'"])
    }

    @Test func duplicateStage() {
        let text = ReportBundle.replacing("  stages:", with: "  stages: [Product-focused, Service-focused, Product-focused]")
        #expect(ReportBundle.errors(text) == ["12:46: stage 'Product-focused' is listed twice"])
    }

    @Test func missingRequiredKey() {
        #expect(ReportBundle.errors(ReportBundle.removing("sector:")) == ["1:1: the report has no 'sector'"])
        #expect(ReportBundle.errors(ReportBundle.removing("answers:")) == ["1:1: the report has no 'answers'"])
    }

    @Test func missingKind() {
        #expect(ReportBundle.errors(ReportBundle.removing("kind:")) == ["1:1: the file has no 'kind: report'"])
        #expect(
            ReportBundle.errors(ReportBundle.replacing("kind:", with: "kind: orgchart")) == [
                "1:7: the file says kind 'orgchart', not 'report'"
            ])
    }

    @Test func badDate() {
        #expect(
            ReportBundle.errors(ReportBundle.replacing("date:", with: "date: 2026-02-30"))
                == ["4:7: date '2026-02-30' is not a real day written YYYY-MM-DD"])
        #expect(
            ReportBundle.errors(ReportBundle.replacing("date:", with: "date: 12/03/2026"))
                == ["4:7: date '12/03/2026' is not a real day written YYYY-MM-DD"])
    }

    @Test func emptyClient() {
        #expect(ReportBundle.errors(ReportBundle.replacing("client:", with: #"client: """#)) == ["2:9: 'client' is empty"])
    }

    @Test func noAuthors() {
        #expect(ReportBundle.errors(ReportBundle.replacing("authors:", with: "authors: []")) == ["5:10: 'authors' is empty"])
        #expect(ReportBundle.errors(ReportBundle.replacing("authors:", with: "authors: [A. Author, '']")) == ["5:22: an author is empty"])
    }

    @Test func unknownPriority() {
        let text = ReportBundle.replacing(
            "  - { title: Split", with: "  - { title: Split renewals, detail: Four owners., priority: urgent }")
        #expect(ReportBundle.errors(text) == ["17:62: unknown priority 'urgent'"])
    }

    @Test func itemWithoutDetail() {
        let text = ReportBundle.replacing("  - { title: One owner", with: "  - { title: One owner }")
        #expect(ReportBundle.errors(text) == ["19:5: the item has no 'detail'"])
    }

    @Test func missingSectionFile() {
        let found = ReportBundle.errors(ReportBundle.report + "sections: [notes.md, roadmap.md]\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("20:22: cannot read '") == true)
    }

    @Test func sectionThatIsNotMarkdown() {
        #expect(
            ReportBundle.errors(ReportBundle.report + "sections: [current.csv]\n")
                == ["20:12: section 'current.csv' is not a Markdown (.md) file"])
    }

    @Test func everyProblemIsReportedInOneRun() {
        var text = ReportBundle.replacing("date:", with: "date: soon")
        text = text.replacingOccurrences(of: "  current: Service-focused", with: "  current: Nowhere")
        text = text.replacingOccurrences(of: "target: target.yaml", with: "target: missing.yaml")
        let found = ReportBundle.errors(text)
        #expect(found.count == 3)
        #expect(found.map { $0.prefix(4) } == ["4:7:", "9:1:", "13:1"])
    }
}
