import Diagnostics
import OrgModel

/// Where the client stands on a path of maturity stages, and where it aims to be.
public struct ReportMaturity: Sendable, Hashable {
    public var stages: [MaturityStage]
    /// Index into `stages`.
    public var current: Int
    /// Index into `stages`; nil when the report sets no target.
    public var target: Int?
    /// A page explaining the stages (relative to the report's folder), from `link:`.
    public var link: String?
    /// Where `link:` was written, for the link check.
    public var linkLocation: SourceLocation?

    public init(stages: [MaturityStage], current: Int, target: Int? = nil, link: String? = nil) {
        self.stages = stages
        self.current = current
        self.target = target
        self.link = link
    }

    public var currentStage: MaturityStage { stages[current] }
    public var targetStage: MaturityStage? { target.map { stages[$0] } }
}

/// One stage of a maturity path.
public struct MaturityStage: Sendable, Hashable {
    public var name: String
    public var description: String?

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}
