import Diagnostics

extension DecisionTree {
    /// Every outcome's link as written (after any re-basing), with where it was written:
    /// the link check treats them like links in Markdown.
    public var outcomeLinks: [(link: String, location: SourceLocation?)] {
        var result: [(link: String, location: SourceLocation?)] = []
        func visit(_ node: DecisionNode) {
            switch node {
            case .outcome(let outcome):
                if let link = outcome.link { result.append((link, outcome.linkLocation ?? outcome.location)) }
            case .question(let question):
                for answer in question.answers { visit(answer.next) }
            }
        }
        visit(root)
        return result
    }
}
