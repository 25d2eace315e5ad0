/// What list items marked `isReused` rendered to, remembered across the renders of one
/// run of pages so that an item seen again is copied, not rendered again.
///
/// Pages in one folder share every nav entry off their trail (`NavCache` hands them the
/// same objects), and those entries were most of a page's rendering. An item's output is
/// remembered only when rendering it read nothing outside the item (no name fell through
/// to an outer context), so the bytes depend on what the render could read — the item,
/// which cannot change once marked — and on where it was rendered: the template, the
/// indentation. That is the key.
/// Used by one thread at a time.
public final class TemplateMemo {
    struct Key: Hashable {
        /// The first instruction of the section body the item was rendered with.
        var body: Int32
        /// The item (its `reuseID`): all that rendering it read.
        var item: Int
        /// The partial indentation in force, and the indentation still to be written
        /// before the item's first byte (nil: none).
        var indentation: [UInt8]
        var pending: [UInt8]?
        /// Whether the output before the item ends in a carriage return: a line feed then
        /// does not end a line (see `TemplateRenderer.endsLine`).
        var afterCarriageReturn: Bool

        // An indentation is a run of blanks, told apart by its length: hashing its bytes
        // as well was a third of every look-up.
        func hash(into hasher: inout Hasher) {
            hasher.combine(body)
            hasher.combine(item)
            hasher.combine(indentation.count)
            hasher.combine(pending?.count ?? -1)
            hasher.combine(afterCarriageReturn)
        }
    }

    private var entries: [Key: [UInt8]] = [:]

    public init() {}

    func bytes(for key: Key) -> [UInt8]? { entries[key] }

    func remember(_ bytes: [UInt8], for key: Key) {
        entries[key] = bytes
    }
}
