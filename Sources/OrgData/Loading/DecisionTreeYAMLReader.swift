import Diagnostics
import OrgModel
import YAML

/// Reads a decision tree: the document itself is the root node; every node is a
/// `question` with `answers` or an `outcome`; answers add a `label`. `path:` lists the
/// answers a client gave.
enum DecisionTreeYAMLReader {
    static let nodeKeys = ["id", "question", "answers", "outcome", "description", "link"]
    public static let documentKeys = ["kind", "title", "path"] + nodeKeys
    static let answerKeys = ["label"] + nodeKeys

    public static func read(_ fields: YAMLFields, node: YAMLNode, title: String?, reader: YAMLReader) -> DecisionTree? {
        let errorsBefore = reader.context.errorCount
        var state = ReadState(reader: reader)
        let root = state.node(fields, at: node, route: "q")
        let steps = fields["path"].flatMap { reader.sequence($0, what: "'path'") } ?? []
        let path = steps.compactMap { step in reader.text(step, what: "each step of 'path'").map { (text: $0, node: step) } }
        guard let root, reader.context.errorCount == errorsBefore else { return nil }
        guard checkPath(path, from: root, reader: reader) else { return nil }
        return DecisionTree(title: title, root: root, path: path.map(\.text))
    }

    /// Follows the path's answers from the root; the first answer that is not there is an
    /// error naming the step and the answers that were available.
    private static func checkPath(_ path: [(text: String, node: YAMLNode)], from root: DecisionNode, reader: YAMLReader) -> Bool {
        var current = root
        for (offset, step) in path.enumerated() {
            switch current {
            case .outcome(let outcome):
                reader.report(
                    DecisionTreeError.pathPastOutcome(step: offset + 1, answer: step.text, outcome: outcome.archetype), at: step.node)
                return false
            case .question(let question):
                guard let answer = question.answers.first(where: { $0.label == step.text }) else {
                    reader.report(
                        DecisionTreeError.pathLeavesTree(
                            step: offset + 1, answer: step.text, question: question.text,
                            available: question.answers.map(\.label)), at: step.node)
                    return false
                }
                current = answer.next
            }
        }
        return true
    }

    /// Decoding state shared down the recursion: ids seen so far, for duplicates.
    private struct ReadState {
        let reader: YAMLReader
        var lineByID: [String: Int] = [:]

        /// The node described by `fields`; `route` is its derived id (`q.1.2`).
        mutating func node(_ fields: YAMLFields, at node: YAMLNode, route: String) -> DecisionNode? {
            let here = reader.location(node)
            let explicitID = fields["id"].flatMap { reader.text($0, what: "'id'") } ?? ""
            let id = explicitID.isEmpty ? route : explicitID
            let idPlace = fields["id"].map(reader.location) ?? here
            if let firstLine = lineByID[id] {
                reader.context.report(DecisionTreeError.duplicateID(id, firstLine: firstLine), at: idPlace)
            } else {
                lineByID[id] = idPlace.line
            }

            switch (fields["question"], fields["outcome"]) {
            case (.some, .some):
                reader.context.report(DecisionTreeError.questionAndOutcome, at: here)
                return nil
            case (nil, nil):
                reader.context.report(DecisionTreeError.neitherQuestionNorOutcome, at: here)
                return nil
            case (let questionNode?, nil):
                return question(fields, text: questionNode, id: id, route: route, at: here)
            case (nil, let outcomeNode?):
                return outcome(fields, text: outcomeNode, id: id, at: here)
            }
        }

        private mutating func question(
            _ fields: YAMLFields, text textNode: YAMLNode, id: String, route: String,
            at here: SourceLocation
        ) -> DecisionNode? {
            let text = reader.text(textNode, what: "'question'") ?? ""
            if text.isEmpty { reader.report(DecisionTreeError.emptyQuestion, at: textNode) }
            for key in ["description", "link"] {
                if let keyNode = fields.keyNode(key) {
                    reader.report(DataFormatError.unknownKey(key: key, known: ["id", "question", "answers"]), at: keyNode)
                }
            }
            // A malformed `answers` is already reported; "no answers" would only repeat it.
            guard let items = fields["answers"].map({ reader.sequence($0, what: "'answers'") }) ?? [] else { return nil }
            if items.isEmpty {
                reader.context.report(DecisionTreeError.questionWithoutAnswers(question: text), at: here)
                return nil
            }
            var answers: [DecisionAnswer] = []
            var labels: Set<String> = []
            for (index, item) in items.enumerated() {
                guard let mapping = reader.mapping(item, what: "an answer") else { continue }
                let answerFields = reader.fields(mapping, known: answerKeys)
                let labelNode = answerFields["label"]
                let label = labelNode.flatMap { reader.text($0, what: "'label'") } ?? ""
                if label.isEmpty {
                    reader.report(DecisionTreeError.emptyAnswerLabel, at: labelNode ?? item)
                } else if !labels.insert(label).inserted {
                    reader.report(DecisionTreeError.duplicateAnswer(label: label, question: text), at: labelNode ?? item)
                }
                guard let next = node(answerFields, at: item, route: "\(route).\(index + 1)") else { continue }
                answers.append(DecisionAnswer(label: label, next: next, location: reader.location(item)))
            }
            return .question(DecisionQuestion(id: id, text: text, answers: answers, location: here))
        }

        private func outcome(_ fields: YAMLFields, text textNode: YAMLNode, id: String, at here: SourceLocation) -> DecisionNode? {
            let archetype = reader.text(textNode, what: "'outcome'") ?? ""
            if archetype.isEmpty { reader.report(DecisionTreeError.emptyOutcome, at: textNode) }
            if fields["answers"] != nil {
                reader.context.report(DecisionTreeError.outcomeWithAnswers(outcome: archetype), at: here)
            }
            let description = fields["description"].flatMap { reader.text($0, what: "'description'") }
            let link = fields["link"].flatMap { reader.link($0, what: "'link'") }
            return .outcome(
                DecisionOutcome(
                    id: id, archetype: archetype,
                    description: description?.isEmpty == false ? description : nil,
                    link: link, location: here, linkLocation: fields["link"].map(reader.location)))
        }
    }
}
