import Rendering
import SiteContent
import Templates

extension SiteSettings {
    /// The values templates see as `site`.
    var mustacheValue: TemplateValue {
        .object([
            "title": .text(title), "language": .text(language), "baseURL": .text(baseURL), "description": .text(description),
            "params": .object(TemplateObject(params.mapValues(\.mustacheValue))),
            "brand": brand.siteMustacheValue,
        ])
    }
}
