/// GitHub-style heading anchors: lowercase, punctuation dropped (except `-` and `_`),
/// each space turned into `-`; repeats on a page get `-1`, `-2`, … as GitHub does.
public struct HeadingSlugger: Sendable {
    private var taken: Set<String> = []
    private var repeats: [String: Int] = [:]

    public init() {}

    /// The slug of `text`, not yet made unique. Empty text gives `section`, so every
    /// heading still has an anchor.
    public static func slug(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                slug.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic
                || properties.numericType != nil || properties.generalCategory.isMark
            {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// The same slug for all-ASCII text, worked out on bytes (Unicode properties and
    /// `lowercased()` are the costly part of the general path); nil for other text.
    private static func asciiSlug(_ text: String) -> String? {
        let utf8 = text.utf8Span.span
        var slug: [UInt8] = []
        slug.reserveCapacity(utf8.count)
        for index in utf8.indices {
            let c = utf8[index]
            switch c {
            case UInt8(ascii: " "): slug.append(UInt8(ascii: "-"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(c | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"):
                slug.append(c)
            case 0x80...: return nil
            default: continue
            }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }

    /// A slug for `text` that no earlier call on this slugger returned.
    public mutating func uniqueSlug(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        while taken.contains(candidate) {
            let next = (repeats[base] ?? 0) + 1
            repeats[base] = next
            candidate = "\(base)-\(next)"
        }
        taken.insert(candidate)
        return candidate
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
