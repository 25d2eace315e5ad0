import OrgModel
import ReportModel

extension PresentationPackage {
    /// A package in `brand`'s look: its template's master, layouts and theme when it has
    /// one, else Orgbook's theme in its colours; its font as the theme's heading and body
    /// font either way.
    init(title: String, brand: Brand) throws {
        self.init(title: title)
        if let color = brand.colors[.primary] { theme.primary = ReportDeck.hex(color) }
        if let color = brand.colors[.accent] { theme.accent = ReportDeck.hex(color) }
        if let color = brand.colors[.text] { theme.text = ReportDeck.hex(color) }
        if let font = brand.font { theme.font = font }
        if let template = brand.template { self.template = try DeckTemplate(template, font: brand.font) }
    }
}
