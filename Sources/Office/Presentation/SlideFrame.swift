import Diagrams
import Layout

/// Where a diagram's geometry lands on a slide: scaled to fit the content area (small
/// diagrams no larger than `maximumScale`), centred across it, from its top. Every
/// diagram slide maps the layout's pixels to EMU through one of these.
struct SlideFrame {
    /// Pixels of the layout to the slide's points and font sizes (1 = 0.75 pt per px).
    var scale: Double
    private var bounds: Rect
    private var left: Double, top: Double
    private var factor: Double { scale * SlideBuilder.emuPerPixel }

    init(bounds: Rect, area: (x: Int, y: Int, width: Int, height: Int), maximumScale: Double) {
        self.bounds = bounds
        scale = min(
            maximumScale,
            Double(area.width) / (max(bounds.width, 1) * SlideBuilder.emuPerPixel),
            Double(area.height) / (max(bounds.height, 1) * SlideBuilder.emuPerPixel))
        left = Double(area.x) + (Double(area.width) - bounds.width * scale * SlideBuilder.emuPerPixel) / 2
        top = Double(area.y)
    }

    /// A point of the layout, in EMU on the slide.
    func point(_ p: Point) -> (Int, Int) {
        (Int((left + (p.x - bounds.x) * factor).rounded()), Int((top + (p.y - bounds.y) * factor).rounded()))
    }

    /// A rectangle of the layout, in EMU on the slide.
    func rect(_ r: Rect) -> (x: Int, y: Int, w: Int, h: Int) {
        let origin = point(Point(x: r.x, y: r.y))
        return (origin.0, origin.1, length(r.width), length(r.height))
    }

    func length(_ pixels: Double) -> Int { Int((pixels * factor).rounded()) }

    /// A run's size in 1/100 pt for text of `fontSize` px in the layout.
    func fontSize(_ pixels: Double) -> Int { Int((pixels * 0.75 * scale * 100).rounded()) }

    /// Draws `edge` as a connector bound to the shapes `ids` (drawn at `rects`) it joins.
    /// A line from a box's foot to the top of a box below is the elbow every editor draws
    /// itself; any other route (beside stacked boxes, dotted lines) keeps the layout's
    /// points, so it crosses no box.
    func connect(
        _ edge: EdgeGeometry, ids: [Int], rects: [(x: Int, y: Int, w: Int, h: Int)], on slide: inout SlideBuilder,
        dashed: Bool, color: String, width: Int = 12700
    ) {
        guard let first = edge.points.first, let last = edge.points.last else { return }
        let start = ChartSlides.site(rects[edge.from], nearest: point(first))
        let end = ChartSlides.site(rects[edge.to], nearest: point(last))
        if !dashed, start.index == 2, end.index == 0, edge.points.count <= 4 {
            slide.connector(
                from: ids[edge.from], startSite: start.index, at: start.point, to: ids[edge.to], endSite: end.index, at: end.point,
                elbow: true, dashed: false, color: color, width: width)
        } else {
            slide.routedConnector(
                from: ids[edge.from], startSite: start.index, to: ids[edge.to], endSite: end.index,
                points: edge.points.map(point), dashed: dashed, color: color, width: width)
        }
    }
}
