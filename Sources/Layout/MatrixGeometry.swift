/// Geometry of an ownership matrix: a header row of wrapped column names, a column of
/// wrapped task names, group headings spanning the grid, cells, and a legend below.
public struct MatrixGeometry: Sendable {
    public struct Box: Sendable, Hashable {
        public var rect: Rect
        public var label: BoxLabel
    }

    public struct Cell: Sendable, Hashable {
        public var column: Int
        public var codes: [String]
        public var box: Box
    }

    public enum Row: Sendable, Hashable {
        case group(Box)
        case task(header: Box, cells: [Cell])
    }

    public var corner: Box
    public var columnHeaders: [Box]
    public var rows: [Row]
    public var legend: [Box]
    public var bounds: Rect
}
