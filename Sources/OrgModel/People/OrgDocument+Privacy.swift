extension OrgDocument {
    /// The private values of every chart the document draws (a diff draws two).
    public var privateValues: PrivateValues {
        switch self {
        case .orgChart(let chart): return chart.privateValues
        case .orgDiff(let diff): return PrivateValues(comparing: diff.before, with: diff.after)
        case .decisionTree, .ownershipMatrix: return PrivateValues()
        }
    }
}
