import Layout
import OrgModel

/// How to draw a diagram.
public struct DiagramOptions: Sendable {
    /// Rewrites links found in data (a decision outcome's page) to URLs; nil keeps them.
    public var linkRewriter: (@Sendable (String) -> String?)? = nil
    /// Prefix for ids inside the SVG, so several diagrams on one page never clash.
    public var idPrefix: String = "d"

    public init() {}
}

/// A drawn diagram. Its two texts are written when first read, not when drawn: the CLI
/// needs only the SVG and a page only the HTML, and a large chart's texts are megabytes.
public struct RenderedDiagram: Sendable {
    /// A standalone SVG document (for `orgbook render FILE -o OUT.svg`).
    public var svg: String {
        get { svgText ?? writer?(.standaloneSVG) ?? "" }
        set { svgText = newValue }
    }
    /// The HTML to put in a page: a `<figure class="diagram …">` holding the inline SVG and
    /// whatever goes with it (accessible table, metrics, list of changes).
    public var html: String {
        get { htmlText ?? writer?(.pageHTML) ?? "" }
        set { htmlText = newValue }
    }

    /// The two texts a drawing can be written as.
    enum Output: Sendable { case standaloneSVG, pageHTML }

    private var svgText: String?
    private var htmlText: String?
    /// Writes either text from the drawn content (same bytes on every call).
    private let writer: (@Sendable (Output) -> String)?

    public init(svg: String, html: String) {
        svgText = svg
        htmlText = html
        writer = nil
    }

    init(writer: @escaping @Sendable (Output) -> String) {
        self.writer = writer
    }
}

public enum DiagramRenderer {
    /// Draws `document`. Pure and deterministic: the same input gives the same bytes.
    public static func render(_ document: OrgDocument, options: DiagramOptions = DiagramOptions()) -> RenderedDiagram {
        switch document {
        case .orgChart(let chart):
            SplitChartHTML.render(chart, whole: OrgChartRenderer.render(chart, options: options), options: options)
        case .orgDiff(let diff):
            SplitChartHTML.render(diff, whole: OrgDiffRenderer.render(diff, options: options), options: options)
        case .decisionTree(let tree): DecisionTreeRenderer.render(tree, options: options)
        case .ownershipMatrix(let matrix): OwnershipMatrixRenderer.render(matrix, options: options)
        }
    }
}

extension DiagramRenderer {
    /// Draws how many tasks each column of `matrix` holds per code, with the columns over
    /// their `limits` marked (hatched, dashed, labelled). Pure and deterministic.
    public static func renderWorkload(_ matrix: OwnershipMatrix, options: DiagramOptions = DiagramOptions()) -> RenderedDiagram {
        WorkloadRenderer.render(matrix, options: options)
    }
}

extension DiagramRenderer {
    /// Draws where accountability moves between today's owners and the target's (one
    /// edge per pair, as thick as its task count; lost accountability ends in a dashed box).
    public static func renderTransfers(
        _ changes: OwnershipChanges, title: String,
        options: DiagramOptions = DiagramOptions()
    ) -> RenderedDiagram {
        TransferRenderer.render(changes, title: title, options: options)
    }
}
