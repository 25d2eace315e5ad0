import Diagnostics

/// A decision tree: questions whose answers lead to further questions or to outcomes.
public struct DecisionTree: Sendable, Hashable {
    public var title: String?
    public var root: DecisionNode
    /// The answers a client gave, from the root down (empty when no route is marked).
    public var path: [String]

    public init(title: String?, root: DecisionNode, path: [String] = []) {
        self.title = title
        self.root = root
        self.path = path
    }
}

/// A node of a decision tree. Ids are unique in the tree: given in the data or derived
/// from the route to the node (`q`, `q.1`, `q.1.2`).
public indirect enum DecisionNode: Sendable, Hashable {
    case question(DecisionQuestion)
    case outcome(DecisionOutcome)

    public var id: String {
        switch self {
        case .question(let q): q.id
        case .outcome(let o): o.id
        }
    }
}

public struct DecisionQuestion: Sendable, Hashable {
    public var id: String
    public var text: String
    public var answers: [DecisionAnswer]
    public var location: SourceLocation?

    public init(id: String, text: String, answers: [DecisionAnswer], location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.answers = answers
        self.location = location
    }
}

/// An answer: the label of the edge and the node it leads to.
public struct DecisionAnswer: Sendable, Hashable {
    public var label: String
    public var next: DecisionNode
    public var location: SourceLocation?

    public init(label: String, next: DecisionNode, location: SourceLocation? = nil) {
        self.label = label
        self.next = next
        self.location = location
    }
}

/// A leaf: the archetype or organisation model the answers lead to.
public struct DecisionOutcome: Sendable, Hashable {
    public var id: String
    /// The archetype or model named by this outcome.
    public var archetype: String
    /// A sentence saying what it means.
    public var description: String?
    /// A link to a page (a relative `.md` path in content, rewritten like any link).
    public var link: String?
    public var location: SourceLocation?
    /// Where `link:` was written, so a link to a missing page is reported on its line.
    public var linkLocation: SourceLocation?

    public init(
        id: String, archetype: String, description: String? = nil, link: String? = nil, location: SourceLocation? = nil,
        linkLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.archetype = archetype
        self.description = description
        self.link = link
        self.location = location
        self.linkLocation = linkLocation
    }
}
