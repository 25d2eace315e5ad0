/// GitHub-style heading anchors: lowercase, punctuation dropped (except `-` and `_`),
/// each space turned into `-`; repeats on a page get `-1`, `-2`, … as GitHub does.
public struct HeadingSlugger: Sendable {
    private var taken: Set<String> = []
    private var repeats: [String: Int] = [:]

    public init() {}

    /// The slug of `text`, not yet made unique. Empty text gives `section`, so every
    /// heading still has an anchor.
    public static func slug(_ text: String) -> String {
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                slug.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic
                        || properties.numericType != nil || properties.generalCategory.isMark {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug.isEmpty ? "section" : slug
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
