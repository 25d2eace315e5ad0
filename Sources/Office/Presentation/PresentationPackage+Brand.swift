import OrgModel
import ReportModel

extension PresentationPackage {
    /// A package in `brand`'s look: its template's master, layouts and theme when it has
    /// one, else Orgbook's theme in its colours; its font as the theme's heading and body
    /// font either way. The shapes Orgbook draws take the brand's primary colour, else the
    /// template theme's accent 1, so a deck on a client's template is in the client's
    /// colours without repeating them in `brand:`.
    init(title: String, brand: Brand) throws {
        self.init(title: title)
        if let template = brand.template {
            let deckTemplate = try DeckTemplate(template, font: brand.font)
            self.template = deckTemplate
            if let accent = deckTemplate.accent { theme.primary = accent }
        }
        if let color = brand.colors[.primary] { theme.primary = ReportDeck.hex(color) }
        if let color = brand.colors[.accent] { theme.accent = ReportDeck.hex(color) }
        if let color = brand.colors[.text] { theme.text = ReportDeck.hex(color) }
        if let font = brand.font { theme.font = font }
    }
}
