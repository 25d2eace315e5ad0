import OrgModel

/// What a brand colour is used for, named as in `brand: colors:`. Each role is checked
/// against the white page it is drawn on, with the WCAG 2 AA minimum for its use.
public enum BrandColorRole: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Links, headings' rules and the cover's title.
    case primary
    /// Borders and markers beside text (not text itself).
    case accent
    /// Body text.
    case text
    /// Diagram states: units added, moved or removed in a before/after chart, and the
    /// route taken through a decision tree.
    case added, moved, removed, path

    /// The smallest contrast with white that WCAG 2 AA allows for this use: 4.5:1 for
    /// text (1.4.3); 3:1 for graphics and state outlines (1.4.11).
    public var minimumContrast: Double {
        switch self {
        case .primary, .text: 4.5
        case .accent, .added, .moved, .removed, .path: 3.0
        }
    }

    /// The CSS custom property the brand sets (`--brand-primary`).
    public var cssVariable: String { "--brand-\(rawValue)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
