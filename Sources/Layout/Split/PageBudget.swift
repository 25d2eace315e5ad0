/// How much of a chart one page may hold: a drawing that fits an A4 landscape page
/// (10 mm margins, a line for the breadcrumb) with its smallest text at 7 pt or more.
public struct PageBudget: Hashable, Sendable {
    /// Largest drawing, in SVG units (CSS px), margins and heading included.
    public var maxWidth: Double
    public var maxHeight: Double
    /// More boxes than this never fit, whatever their layout (saves laying them out).
    public var maxBoxes: Int

    public init(maxWidth: Double, maxHeight: Double, maxBoxes: Int) {
        self.maxWidth = maxWidth
        self.maxHeight = maxHeight
        self.maxBoxes = maxBoxes
    }

    /// A4 landscape (297 × 210 mm less 10 mm margins: 1047 × 718 CSS px) at the scale
    /// that prints `smallestFont` px text at `minimumPoints` pt (1 px = 0.75 pt).
    public static func a4Landscape(smallestFont: Double = TextStyle.detail.fontSize, minimumPoints: Double = 7) -> PageBudget {
        let scale = minimumPoints / (smallestFont * 0.75)
        let width = 1047 / scale
        let height = 718 / scale
        // The smallest box with its gaps (96 × 44 plus 16 and 10) bounds the count.
        return PageBudget(maxWidth: width, maxHeight: height, maxBoxes: Int(width * height / (112 * 54)))
    }

    /// True when a drawing of `width` × `height` (chrome included) fits the page.
    public func fits(width: Double, height: Double) -> Bool { width <= maxWidth && height <= maxHeight }

    /// Width over height of the page, the aspect page layouts aim at.
    public var aspect: Double { maxWidth / maxHeight }
}
