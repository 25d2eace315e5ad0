import OrgModel

extension DecisionTree {
    /// Had one answer on the route been different: the question, the answer given, the
    /// other answer, and the outcomes it leads to (one when it ends there or the rest of
    /// the route still applies; several when further questions would decide).
    public struct WhatIf: Sendable, Hashable {
        /// 1-based position of the question on the route.
        public var step: Int
        public var question: String
        public var given: String
        public var alternative: String
        public var outcomes: [DecisionOutcome]
    }

    /// For each answer on the tree's `path`, every other answer of that question and where
    /// it leads; empty when the path leaves the tree. Below the changed answer, the rest of
    /// the client's answers are followed where the questions still offer them.
    public var whatIfs: [WhatIf] {
        guard case .nodes(let nodes) = route(path) else { return [] }
        var result: [WhatIf] = []
        for (step, node) in nodes.enumerated() {
            guard case .question(let question) = node, step < path.count else { continue }
            let later = Array(path.dropFirst(step + 1))
            for answer in question.answers where answer.label != path[step] {
                result.append(
                    WhatIf(
                        step: step + 1, question: question.text, given: path[step], alternative: answer.label,
                        outcomes: Self.outcomes(from: answer.next, following: later)))
            }
        }
        return result
    }

    /// Where `node` leads when `answers` are given as far as they fit: the one outcome they
    /// reach, or every outcome below the first question they do not answer.
    private static func outcomes(from node: DecisionNode, following answers: [String]) -> [DecisionOutcome] {
        switch node {
        case .outcome(let outcome):
            return [outcome]
        case .question(let question):
            if let first = answers.first, let answer = question.answers.first(where: { $0.label == first }) {
                return outcomes(from: answer.next, following: Array(answers.dropFirst()))
            }
            return question.answers.flatMap { outcomes(from: $0.next, following: []) }
        }
    }
}
