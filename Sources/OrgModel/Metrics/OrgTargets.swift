/// What an organisation-design review checks the chart against:
/// `targets: {span: {min: 4, max: 12}, layers: {max: 7}}`.
public struct OrgTargets: Sendable, Hashable {
    /// Fewest direct reports a manager should have.
    public var spanMin: Int?
    /// Most direct reports a manager should have.
    public var spanMax: Int?
    /// Most layers from the top, the top being layer 1.
    public var layersMax: Int?

    public init(spanMin: Int? = nil, spanMax: Int? = nil, layersMax: Int? = nil) {
        self.spanMin = spanMin
        self.spanMax = spanMax
        self.layersMax = layersMax
    }
}
