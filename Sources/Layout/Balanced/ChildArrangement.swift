/// How a manager's direct reports are drawn below (or beside) it. The balanced layout
/// chooses one per manager to bring the whole chart near its target aspect.
public enum ChildArrangement: Hashable, Sendable {
    /// Side by side under one horizontal bus: the classic org chart.
    case row
    /// Rows of at most `n` reports; a trunk runs down a corridor in the middle of every
    /// row, and each row hangs from its own bus.
    case rows(Int)
    /// One or two vertical spines below the manager, reports hung alternately on their
    /// left and right, joined by a short horizontal tick.
    case spines(Int)
    /// One spine leaving the manager's right side, reports stacked to the right of it:
    /// trades height for width where a deep branch would make the chart too tall.
    case beside

    /// A short name for class tokens and debugging (`row`, `rows-4`, `spines-2`, `beside`).
    public var name: String {
        switch self {
        case .row: "row"
        case .rows(let n): "rows-\(n)"
        case .spines(let n): "spines-\(n)"
        case .beside: "beside"
        }
    }
}
