import Foundation
import Synchronization

/// The last number `TemplateObject.markReused()` gave out; pages are made on every core.
private let reuseIDs = Atomic<Int>(0)

/// The named values of a template context, kept as a short list of pairs in insertion
/// order: contexts hold ten or twenty keys, and comparing a few short strings is cheaper
/// than hashing one.
public struct TemplateObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    @usableFromInline
    struct Entry: Sendable, Hashable {
        let key: String
        /// `KeyCode` of `key`, so look-ups compare integers first.
        let code: UInt64
        var value: TemplateValue

        @usableFromInline
        init(key: String, value: TemplateValue) {
            self.key = key
            code = KeyCode.of(key)
            self.value = value
        }
    }

    /// A key's length and first seven bytes in one integer. Keys mostly differ there, so
    /// the renderer's look-ups (hundreds per page: every nav entry reads eight names)
    /// compare one integer per entry and look at bytes only when the codes match.
    enum KeyCode {
        static func of(_ key: String) -> UInt64 {
            var key = key
            return key.withUTF8(of)
        }

        static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var code = UInt64(truncatingIfNeeded: min(bytes.count, 255)) << 56
            for k in 0..<min(bytes.count, 7) { code |= UInt64(bytes[k]) << (8 * k) }
            return code
        }
    }

    private(set) var entries: [Entry] {
        // A changed object is no longer the one that was marked.
        didSet { reuseID = 0 }
    }

    /// Set by `markReused()` (0: not marked, or changed since): a number no other marking
    /// gets, so the memo can tell a reused object by it. Comparing the entries instead
    /// (hashing them when marked, comparing them at every look-up) was 1.7 % of a build.
    private(set) var reuseID = 0

    /// Whether `markReused()` was called (and nothing changed since): a renderer given a
    /// `TemplateMemo` remembers what such an object rendered to as a list item.
    public var isReused: Bool { reuseID != 0 }

    /// Marks an object that many pages render (a shared nav entry), once it is complete.
    public mutating func markReused() {
        reuseID = reuseIDs.add(1, ordering: .relaxed).newValue
    }

    // Equal entries make equal objects, whether or not they are marked reused.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool { lhs.entries == rhs.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    public init() { entries = [] }

    /// Keys of a literal are distinct (as in a dictionary literal), so they are appended
    /// without searching. Inlined where the literal is written: the layouts build a few
    /// dozen objects per page, and called across modules each one's list of pairs was
    /// freed through the runtime's generic, type-by-type path.
    @inlinable
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(entries: elements.map { Entry(key: $0.0, value: $0.1) })
    }

    @usableFromInline
    init(entries: [Entry]) {
        self.entries = entries
        assert(Set(entries.map(\.key)).count == entries.count, "duplicate key in a template object literal")
    }

    /// The entries of `dictionary` sorted by key, so the order never depends on hashing.
    public init(_ dictionary: [String: TemplateValue]) {
        entries = dictionary.sorted { $0.key < $1.key }.map { Entry(key: $0.key, value: $0.value) }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The value whose key's UTF-8 is `key` (with `KeyCode` `code`), for the renderer,
    /// whose names are bytes.
    func value(forKey key: UnsafeBufferPointer<UInt8>, code: UInt64) -> TemplateValue? {
        for entry in entries where entry.code == code {
            if key.count <= 7 { return entry.value }
            var name = entry.key
            if name.withUTF8({ $0.count == key.count && memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }) {
                return entry.value
            }
        }
        return nil
    }

    /// The value named `key`; setting replaces it in place, or adds it at the end.
    public subscript(key: String) -> TemplateValue? {
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
