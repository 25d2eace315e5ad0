import Diagnostics

/// The ways a decision tree can be wrong, one named error each.
public enum DecisionTreeError: OrgDataProblem, Hashable {
    case questionWithoutAnswers(question: String)
    case questionAndOutcome
    case neitherQuestionNorOutcome
    case outcomeWithAnswers(outcome: String)
    case emptyQuestion
    case emptyOutcome
    case emptyAnswerLabel
    case duplicateAnswer(label: String, question: String)
    case duplicateID(String, firstLine: Int)
    /// Step `step` (1-based) of the path names an answer the question does not have.
    case pathLeavesTree(step: Int, answer: String, question: String, available: [String])
    /// The path goes on after reaching an outcome.
    case pathPastOutcome(step: Int, answer: String, outcome: String)

    public var message: String {
        switch self {
        case .questionWithoutAnswers(let question): "question \(quoted(question)) has no answers"
        case .questionAndOutcome: "a node is either a 'question' or an 'outcome', not both"
        case .neitherQuestionNorOutcome: "node has neither a 'question' nor an 'outcome'"
        case .outcomeWithAnswers(let outcome): "outcome \(quoted(outcome)) has answers"
        case .emptyQuestion: "question has no text"
        case .emptyOutcome: "outcome has no text"
        case .emptyAnswerLabel: "answer has no label"
        case .duplicateAnswer(let label, let question): "question \(quoted(question)) has two answers labelled \(quoted(label))"
        case .duplicateID(let id, let firstLine): "duplicate id \(quoted(id)) (first used on line \(firstLine))"
        case .pathLeavesTree(let step, let answer, let question, _):
            "path step \(step) \(quoted(answer)) is not an answer of \(quoted(question))"
        case .pathPastOutcome(let step, let answer, let outcome):
            "path step \(step) \(quoted(answer)) goes past outcome \(quoted(outcome))"
        }
    }

    public var hint: String? {
        switch self {
        case .questionWithoutAnswers: "add 'answers', each with a 'label' and a 'question' or an 'outcome'"
        case .questionAndOutcome: "split it: make the outcome an answer of the question"
        case .neitherQuestionNorOutcome: "add 'question' (with 'answers') or 'outcome'"
        case .outcomeWithAnswers: "remove 'answers', or make this node a 'question'"
        case .emptyQuestion: "write the question in 'question'"
        case .emptyOutcome: "name the archetype or model in 'outcome'"
        case .emptyAnswerLabel: "give the answer a 'label'; it is drawn on the edge"
        case .duplicateAnswer: "give each answer of a question its own label"
        case .duplicateID: "give each node its own id"
        case .pathLeavesTree(_, _, _, let available): "available answers: \(quotedList(available, limit: 20))"
        case .pathPastOutcome: "end the path at the outcome"
        }
    }
}
