import Diagnostics

/// The kinds of data document Orgbook draws; the raw values are the fence info strings and
/// the values of a YAML file's `kind:` key.
public enum OrgDocumentKind: String, Sendable, CaseIterable {
    case orgChart = "orgchart"
    case orgDiff = "org-diff"
    case decisionTree = "decision-tree"
    case ownershipMatrix = "ownership-matrix"
}

/// A decoded and validated data document.
public enum OrgDocument: Sendable, Hashable {
    case orgChart(OrgChart)
    case orgDiff(OrgDiff)
    case decisionTree(DecisionTree)
    case ownershipMatrix(OwnershipMatrix)
}

/// A decoded document plus the warnings found while validating it (errors are thrown).
public struct LoadedDocument: Sendable {
    public var document: OrgDocument
    public var warnings: [Diagnostic]
    /// Every file read to build it (for `src:`, `before:`, `after:`), so a watcher knows
    /// what the document depends on.
    public var dependencies: [String]

    public init(document: OrgDocument, warnings: [Diagnostic], dependencies: [String]) {
        self.document = document
        self.warnings = warnings
        self.dependencies = dependencies
    }
}
