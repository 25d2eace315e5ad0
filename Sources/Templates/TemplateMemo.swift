/// What list items marked `isReused` rendered to, remembered across the renders of one
/// run of pages so that an item seen again is copied, not rendered again.
///
/// Pages in one folder share every nav entry off their trail (`NavCache` hands them the
/// same objects), and those entries were most of a page's rendering. An item's output is
/// remembered only when rendering it read nothing outside the item (no name fell through
/// to an outer context), so the bytes depend on the item, the template and the indentation
/// alone. The memo keeps each item it remembers alive: its storage cannot be freed and
/// reused for a different item while the memo is keyed by its address.
/// Used by one thread at a time.
public final class TemplateMemo {
    struct Key: Hashable {
        /// The first instruction of the section body the item was rendered with.
        var body: Int32
        /// The item's storage (`TemplateObject.storageAddress`).
        var item: UnsafeRawPointer
        /// The partial indentation in force, and the indentation still to be written
        /// before the item's first byte (nil: none).
        var indentation: [UInt8]
        var pending: [UInt8]?
        /// Whether the output before the item ends in a carriage return: a line feed then
        /// does not end a line (see `TemplateRenderer.endsLine`).
        var afterCarriageReturn: Bool
    }

    struct Entry {
        /// Held so that the address in the key stays this item's.
        let item: TemplateObject
        let bytes: [UInt8]
    }

    private var entries: [Key: Entry] = [:]

    public init() {}

    func bytes(for key: Key) -> [UInt8]? { entries[key]?.bytes }

    func remember(_ bytes: [UInt8], of item: TemplateObject, for key: Key) {
        entries[key] = Entry(item: item, bytes: bytes)
    }
}
