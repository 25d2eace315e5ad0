import Typesetting

/// One drawn line of a label; `baseline` is relative to the box's top-left corner and its
/// x is the line's centre (the SVG draws it with `text-anchor="middle"`).
public struct LabelLine: Hashable, Sendable {
    public var text: String
    public var style: TextStyle
    /// Width by `TextMetrics`, without the safety margin.
    public var width: Double
    public var baseline: Point
}
