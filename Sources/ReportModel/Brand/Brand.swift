import OrgModel

/// The look of a deliverable: the consultancy's `brand:` in `site.yaml`, with a client's
/// `brand:` in `report.yaml` laid over it key by key. One value, read by every writer (the
/// site, the HTML export, the PDF), each through the same CSS variables.
public struct Brand: Sendable, Hashable {
    /// The logo, embedded wherever it appears.
    public var logo: BrandLogo?
    /// Colours by role; a role left out keeps the template's own colour.
    public var colors: [BrandColorRole: BrandColor]
    /// The body text's font family, as CSS names it (`"Liberation Sans"`); for a `.ttf`,
    /// the file's base name.
    public var font: String?
    /// The `.ttf` when `font:` names one: embedded by every output, and the widths the
    /// diagrams measure their labels with.
    public var fontFile: BrandFontFile? = nil
    /// A line such as "Confidential — prepared for Harbourline Mutual", shown on every
    /// printed page and in the site footer.
    public var confidentiality: String?
    /// A PowerPoint template whose slide master, layouts and theme the deck uses.
    public var template: BrandTemplate? = nil

    public init(
        logo: BrandLogo? = nil, colors: [BrandColorRole: BrandColor] = [:], font: String? = nil,
        confidentiality: String? = nil
    ) {
        self.logo = logo
        self.colors = colors
        self.font = font
        self.confidentiality = confidentiality
    }

    /// True when nothing is set, so writers can leave their defaults alone.
    public var isEmpty: Bool { logo == nil && colors.isEmpty && font == nil && confidentiality == nil && template == nil }

    /// This brand with every key `other` sets replacing this one's: a client's overrides
    /// on the consultancy's brand. Colours merge role by role.
    public func overridden(by other: Brand) -> Brand {
        var merged = Brand(
            logo: other.logo ?? logo, colors: colors.merging(other.colors) { _, client in client },
            font: other.font ?? font, confidentiality: other.confidentiality ?? confidentiality)
        merged.template = other.template ?? template
        // A client's font replaces the file with it: a family name brings none.
        merged.fontFile = other.font != nil ? other.fontFile : fontFile
        return merged
    }
}
