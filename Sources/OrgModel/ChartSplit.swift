/// Whether a large org chart is drawn as an overview plus one chart per branch (the
/// `split:` key of an org chart).
public enum ChartSplit: Hashable, Sendable {
    /// Split only what does not fit a page at legible text (the default).
    case auto
    /// Always one whole chart (a poster).
    case none
    /// Every page shows this many layers below its head; deeper branches get pages.
    case depth(Int)

    /// `auto`, `none` or a whole number of layers (1 or more); nil for anything else.
    public init?(text: String) {
        switch text {
        case "auto": self = .auto
        case "none": self = .none
        default:
            guard let n = Int(text), n >= 1 else { return nil }
            self = .depth(n)
        }
    }
}
