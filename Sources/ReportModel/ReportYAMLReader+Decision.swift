import Diagnostics
import OrgData
import OrgModel
import YAML

extension ReportYAMLReader {
    /// The client's walk through the decision tree: the tree file from `decision-tree:`,
    /// the route from `answers:`, and the outcome the route reaches.
    struct Decision {
        var tree: DecisionTree
        var file: String
        var outcome: DecisionOutcome
    }

    static func readDecision(_ fields: YAMLFields, client: String?, base: String, reader: YAMLReader) -> Decision? {
        let answers = fields["answers"].map { reader.textList($0, what: "'answers'") } ?? []
        guard let value = fields["decision-tree"], let key = fields.keyNode("decision-tree"),
            let file = filePath(value, key: key, base: base, reader: reader),
            case .decisionTree(let tree)? = OrgDataLoader.decodeFile(
                file, kind: .decisionTree, referencedAt: reader.location(key), baseDirectory: base, context: reader.context)
        else { return nil }
        guard let answersNode = fields["answers"] else { return nil }
        guard let outcome = outcome(of: tree, answers: answers, answersNode: answersNode, reader: reader) else { return nil }

        // Outcome links are written relative to the tree file; re-base them on the report
        // so the report page resolves them like any of its own links.
        let treeFolder = FilePath.directory(of: file)
        let rebase: (String) -> String = { link in
            FilePath.isExternalOrAnchor(link)
                ? link
                : FilePath.relative(from: base, to: FilePath.resolve(link, against: treeFolder))
        }
        var clientTree = tree.mapOutcomeLinks(rebase)
        clientTree.path = answers.map(\.text)
        // The playbook's title describes its own worked example; the report shows this
        // client's route.
        if let client { clientTree.title = "The route \(client) took through the decision tree" }
        var rebased = outcome
        rebased.link = outcome.link.map(rebase)
        return Decision(tree: clientTree, file: file, outcome: rebased)
    }

    /// Walks `answers` through `tree`; reports the first answer that leaves it, or a route
    /// that stops short of an outcome.
    private static func outcome(
        of tree: DecisionTree, answers: [(text: String, node: YAMLNode)], answersNode: YAMLNode,
        reader: YAMLReader
    ) -> DecisionOutcome? {
        switch tree.route(answers.map(\.text)) {
        case .leavesTree(let step, let question):
            reader.report(
                ReportError.answerNotInTree(
                    step: step + 1, answer: answers[step].text, question: question.text,
                    available: question.answers.map(\.label)), at: answers[step].node)
        case .pastOutcome(let step, let outcome):
            reader.report(
                ReportError.answersPastOutcome(step: step + 1, answer: answers[step].text, outcome: outcome.archetype),
                at: answers[step].node)
        case .nodes(let nodes):
            switch nodes[nodes.count - 1] {
            case .outcome(let outcome): return outcome
            case .question(let question):
                reader.report(
                    ReportError.answersStopAtQuestion(question: question.text, available: question.answers.map(\.label)),
                    at: answersNode)
            }
        }
        return nil
    }
}
