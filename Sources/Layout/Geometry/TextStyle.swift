/// How one kind of text in a box is set: size, weight, line height, and the CSS class the
/// SVG gives its `<text>`.
public struct TextStyle: Hashable, Sendable {
    public var fontSize: Double
    public var bold: Bool
    public var lineHeight: Double
    public var cssClass: String

    public init(fontSize: Double, bold: Bool, lineHeight: Double, cssClass: String) {
        self.fontSize = fontSize
        self.bold = bold
        self.lineHeight = lineHeight
        self.cssClass = cssClass
    }

    public static let name = TextStyle(fontSize: 13, bold: true, lineHeight: 16, cssClass: "name")
    public static let detail = TextStyle(fontSize: 11, bold: false, lineHeight: 14, cssClass: "detail")
    public static let badge = TextStyle(fontSize: 10, bold: true, lineHeight: 14, cssClass: "badge-text")
}
