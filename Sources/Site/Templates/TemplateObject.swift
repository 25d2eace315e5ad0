/// The named values of a template context, kept as a short list of pairs in insertion
/// order: contexts hold ten or twenty keys, and comparing a few short strings is cheaper
/// than hashing one.
struct TemplateObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    struct Entry: Sendable, Hashable {
        var key: String
        var value: TemplateValue
    }

    private(set) var entries: [Entry]

    init() { entries = [] }

    /// Keys of a literal are distinct (as in a dictionary literal), so they are appended
    /// without searching.
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries = elements.map { Entry(key: $0.0, value: $0.1) }
        assert(Set(entries.map(\.key)).count == entries.count, "duplicate key in a template object literal")
    }

    /// The entries of `dictionary` sorted by key, so the order never depends on hashing.
    init(_ dictionary: [String: TemplateValue]) {
        entries = dictionary.sorted { $0.key < $1.key }.map { Entry(key: $0.key, value: $0.value) }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The value named `key`; setting replaces it in place, or adds it at the end.
    /// The value whose key's UTF-8 is `key`, for the renderer, whose names are bytes.
    func value(forKey key: UnsafeBufferPointer<UInt8>) -> TemplateValue? {
        for entry in entries where entry.key.utf8.count == key.count {
            let matches = entry.key.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(key) }
                ?? entry.key.utf8.elementsEqual(key)
            if matches { return entry.value }
        }
        return nil
    }

    subscript(key: String) -> TemplateValue? {
        get {
            // Comparing lengths first skips most keys without a string comparison.
            let length = key.utf8.count
            for entry in entries where entry.key.utf8.count == length && entry.key == key { return entry.value }
            return nil
        }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append(Entry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }
}
