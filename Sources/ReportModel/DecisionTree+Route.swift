import OrgModel

extension DecisionTree {
    /// Where a route of answers leads: each step's node from the root (the root first), or
    /// the step at which the route leaves the tree.
    public enum Route: Sendable, Hashable {
        /// Every node on the route, the root first; the last is where the answers end.
        case nodes([DecisionNode])
        /// Answer `step` (0-based) is not an answer of the question reached before it.
        case leavesTree(step: Int, at: DecisionQuestion)
        /// Answer `step` (0-based) comes after the route reached an outcome.
        case pastOutcome(step: Int, at: DecisionOutcome)
    }

    /// Follows `answers` from the root, matching answer labels exactly.
    public func route(_ answers: [String]) -> Route {
        var nodes = [root]
        for (step, label) in answers.enumerated() {
            switch nodes[nodes.count - 1] {
            case .outcome(let outcome):
                return .pastOutcome(step: step, at: outcome)
            case .question(let question):
                guard let answer = question.answers.first(where: { $0.label == label }) else {
                    return .leavesTree(step: step, at: question)
                }
                nodes.append(answer.next)
            }
        }
        return .nodes(nodes)
    }

    /// The ids of the nodes on the tree's own `path` (the root first), or nil when the path
    /// leaves the tree: the nodes a drawing marks `on-path`.
    public var pathNodeIDs: [String]? {
        guard case .nodes(let nodes) = route(path) else { return nil }
        return nodes.map(\.id)
    }

    /// The outcome the tree's `path` ends on, if it ends on one.
    public var pathOutcome: DecisionOutcome? {
        guard case .nodes(let nodes) = route(path), case .outcome(let outcome)? = nodes.last else { return nil }
        return outcome
    }

    /// The same tree with every outcome's link passed through `transform` (nil drops it).
    public func mapOutcomeLinks(_ transform: (String) -> String?) -> DecisionTree {
        func map(_ node: DecisionNode) -> DecisionNode {
            switch node {
            case .outcome(var outcome):
                outcome.link = outcome.link.flatMap(transform)
                return .outcome(outcome)
            case .question(var question):
                question.answers = question.answers.map { answer in
                    var answer = answer
                    answer.next = map(answer.next)
                    return answer
                }
                return .question(question)
            }
        }
        return DecisionTree(title: title, root: map(root), path: path)
    }
}
