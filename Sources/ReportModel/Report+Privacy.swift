import OrgModel

extension Report {
    /// The private values of today's chart and the target.
    public var privateValues: PrivateValues { PrivateValues(comparing: current, with: target) }
}
