import Diagnostics
import OrgModel

/// The ways a `report.yaml` can be wrong beyond the shape every data file shares (missing
/// keys, wrong types and unreadable files are `DataFormatError`s).
public enum ReportError: OrgDataProblem, Hashable {
    /// `kind:` is missing or is not `report`; `found` is what it says.
    case notAReport(found: String?)
    case badDate(String)
    /// A text that must say something is empty (`client`, `sector`, an author …).
    case emptyValue(what: String)
    /// Answer `step` (1-based) is not one of the answers `question` offers.
    case answerNotInTree(step: Int, answer: String, question: String, available: [String])
    /// The answers go on after reaching `outcome`.
    case answersPastOutcome(step: Int, answer: String, outcome: String)
    /// The answers end on a question, so no archetype is reached.
    case answersStopAtQuestion(question: String, available: [String])
    case noStages
    case duplicateStage(String)
    case unknownStage(name: String, stages: [String])
    /// A warning: the target stage is not later than the current one.
    case targetNotAhead(current: String, target: String)
    case unknownPriority(String)
    case sectionNotMarkdown(path: String)

    public var message: String {
        switch self {
        case .notAReport(let found?): "the file says kind \(quoted(found)), not 'report'"
        case .notAReport(nil): "the file has no 'kind: report'"
        case .badDate(let text): "date \(quoted(text)) is not a real day written YYYY-MM-DD"
        case .emptyValue(let what): "\(what) is empty"
        case .answerNotInTree(let step, let answer, let question, _):
            "answer \(step) \(quoted(answer)) is not an answer of \(quoted(question))"
        case .answersPastOutcome(let step, let answer, let outcome):
            "answer \(step) \(quoted(answer)) comes after the tree already reached \(quoted(outcome))"
        case .answersStopAtQuestion(let question, _): "the answers stop at \(quoted(question)) before reaching an outcome"
        case .noStages: "the maturity path has no stages"
        case .duplicateStage(let name): "stage \(quoted(name)) is listed twice"
        case .unknownStage(let name, _): "unknown maturity stage \(quoted(name))"
        case .targetNotAhead(let current, let target): "target stage \(quoted(target)) is not beyond the current stage \(quoted(current))"
        case .unknownPriority(let text): "unknown priority \(quoted(text))"
        case .sectionNotMarkdown(let path): "section \(quoted(path)) is not a Markdown (.md) file"
        }
    }

    public var hint: String? {
        let priorities = ReportItem.Priority.allCases.map(\.rawValue)
        switch self {
        case .notAReport: return "start report.yaml with 'kind: report'"
        case .badDate: return "write the date as YYYY-MM-DD, for example 2026-03-14"
        case .emptyValue: return "fill it in or remove the key"
        case .answerNotInTree(_, let answer, _, let available):
            return
                "\(NameSuggestion.closest(to: answer, in: available).map { "did you mean \(quoted($0))? " } ?? "")the answers there are \(quotedList(available, limit: 20))"
        case .answersPastOutcome: return "remove the answers after the outcome"
        case .answersStopAtQuestion(_, let available): return "add one more answer: \(quotedList(available, limit: 20))"
        case .noStages: return "list the stages in order, from least to most mature"
        case .duplicateStage: return "give each stage its own name"
        case .unknownStage(let name, let stages):
            return
                "\(NameSuggestion.closest(to: name, in: stages).map { "did you mean \(quoted($0))? " } ?? "")stages are \(quotedList(stages, limit: 20))"
        case .targetNotAhead: return "set a target later on the path, or leave 'target' out"
        case .unknownPriority(let text):
            return
                "\(NameSuggestion.closest(to: text, in: priorities).map { "did you mean \(quoted($0))? " } ?? "")use one of \(priorities.joined(separator: ", "))"
        case .sectionNotMarkdown: return "list only .md files under 'sections'"
        }
    }

    public var severity: Diagnostic.Severity {
        if case .targetNotAhead = self { return .warning }
        return .error
    }
}
