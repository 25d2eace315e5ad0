import OrgModel

/// Geometry of a decision tree: questions and outcomes as boxes, each answer as a label on
/// the edge into the node it leads to, and which nodes lie on the marked path.
public struct DecisionTreeGeometry: Sendable {
    public enum NodeKind: Sendable, Hashable { case question, outcome }

    public var tree: TreeGeometry
    public var kinds: [NodeKind]
    /// The outcome's link as given in the data (not yet rewritten).
    public var links: [String?]
    /// Nodes on the marked path, root first; the edge into each of them but the root is on
    /// the path too.
    public var path: [Int]
}

/// Lays out a decision tree top-down: answers sit on the edges, just above the node they
/// lead to, so their width counts in the tidy layout like the boxes do.
public enum DecisionTreeLayout {
    public static let maxTextWidth: Double = 170
    public static let maxAnswerWidth: Double = 130
    static let question = TextStyle(fontSize: 13, bold: false, lineHeight: 16, cssClass: "question-text")
    static let answer = TextStyle(fontSize: 11, bold: false, lineHeight: 14, cssClass: "answer-text")
    static let answerOnPath = TextStyle(fontSize: 11, bold: true, lineHeight: 14, cssClass: "answer-text")
    /// Marks an answer on the path besides its weight; measured as a full em (the font
    /// lacks it, so browsers draw it from a fallback font).
    static let checkMark = "✓ "

    public static func layout(_ tree: DecisionTree) -> DecisionTreeGeometry {
        var flat = Flattened()
        flat.add(tree.root, answer: nil, onPathSteps: tree.path[...], isOnPath: true, parent: nil)
        var options = TreeLayoutOptions()
        options.stackThreshold = nil
        options.siblingGap = 20
        options.levelGap = 30
        let geometry = TreeLayout.layout(
            TreeLayoutInput(
                ids: flat.ids, labels: flat.labels, edgeLabels: flat.edgeLabels,
                children: flat.children, root: 0),
            options: options)
        return DecisionTreeGeometry(
            tree: geometry, kinds: flat.kinds, links: flat.links,
            path: tree.path.isEmpty ? [] : flat.path)
    }

    /// The tree as parallel arrays, in pre-order, root at index 0.
    struct Flattened {
        var ids: [String] = []
        var labels: [BoxLabel] = []
        var edgeLabels: [BoxLabel?] = []
        var children: [[Int]] = []
        var kinds: [DecisionTreeGeometry.NodeKind] = []
        var links: [String?] = []
        var path: [Int] = []

        mutating func add(_ node: DecisionNode, answer: String?, onPathSteps: ArraySlice<String>, isOnPath: Bool, parent: Int?) {
            let index = ids.count
            ids.append(node.id)
            children.append([])
            if let parent { children[parent].append(index) }
            if isOnPath { path.append(index) }
            edgeLabels.append(
                answer.map { text in
                    BoxLabel(
                        [(isOnPath ? checkMark + text : text, isOnPath ? answerOnPath : DecisionTreeLayout.answer)],
                        maxTextWidth: maxAnswerWidth)
                })
            switch node {
            case .question(let q):
                kinds.append(.question)
                links.append(nil)
                labels.append(BoxLabel([(q.text, question)], maxTextWidth: maxTextWidth, minWidth: 110))
                let next = onPathSteps.first
                for answer in q.answers {
                    let followsPath = isOnPath && next == answer.label
                    add(
                        answer.next, answer: answer.label, onPathSteps: followsPath ? onPathSteps.dropFirst() : [],
                        isOnPath: followsPath, parent: index)
                }
            case .outcome(let o):
                kinds.append(.outcome)
                links.append(o.link)
                var paragraphs: [(text: String, style: TextStyle)] = []
                if isOnPath && onPathSteps.isEmpty && parent != nil { paragraphs.append(("✓ RESULT", .badge)) }
                paragraphs.append((o.archetype, .name))
                if let d = o.description, !d.isEmpty { paragraphs.append((d, .detail)) }
                labels.append(BoxLabel(paragraphs, maxTextWidth: maxTextWidth, minWidth: 110))
            }
        }
    }
}
