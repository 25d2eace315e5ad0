import ByteText
import Diagrams
import Foundation
import Layout
import OrgModel
import ReportModel
import Templates
import Typesetting

extension Brand {
    /// The brand as CSS custom properties on `:root` (`--brand-primary`, `--brand-font` …),
    /// for a `<style>` after the stylesheets. The stylesheets read each one with their
    /// own colour as the fallback, so every output takes the brand the same way; empty
    /// when nothing is set. A brand `.ttf` is declared by an `@font-face` holding it as a
    /// `data:` URI (unless `embeddingFont` is false: the page declares it another way), and
    /// the diagrams, measured in that font, are drawn in it too.
    func styleSheet(embeddingFont: Bool = true) -> String {
        var declarations: [String] = []
        for role in colors.keys.sorted() {
            declarations.append("\(role.cssVariable): \(colors[role]!)")
        }
        if let font {
            declarations.append("--brand-font: \(CSSEscaping.string(font)), system-ui, sans-serif")
        }
        guard !declarations.isEmpty else { return "" }
        var css = ":root { " + declarations.joined(separator: "; ") + "; }"
        if let fontFile {
            if embeddingFont { css = Self.fontFace(family: fontFile.family, source: fontFile.dataURI) + "\n" + css }
            css += "\n.orgbook-diagram { font-family: \(DiagramFont(fontFile).cssFamilies); }"
        }
        return css
    }

    /// The `@font-face` of a brand `.ttf` (one weight: bold is synthesized, as
    /// `DiagramFont` measures it).
    static func fontFace(family: String, source: String) -> String {
        "@font-face { font-family: \(CSSEscaping.string(family)); src: url(\(CSSEscaping.string(source))) format(\"truetype\"); }"
    }

    /// The values templates see as `brand`: `css`, `logo` (a `data:` URI), `hasLogo`,
    /// `confidentiality`. A `.ttf` font is inside `css` as a `data:` URI, so a report and
    /// its export carry it whole.
    package var mustacheValue: TemplateValue {
        .object([
            "css": .text(styleSheet()),
            "logo": .text(logo?.dataURI ?? ""),
            "hasLogo": .bool(logo != nil),
            "confidentiality": .text(confidentiality ?? ""),
        ])
    }

    /// The site's `brand` (`site.brand`): like `mustacheValue`, but the `.ttf` is fetched
    /// once from `{{root}}` + `fontPath` (`BrandFontFile.sitePath`) by the `@font-face`
    /// partials/head.mustache writes (`fontFamily` quoted for CSS), not repeated in every
    /// page. CSS text cannot reach `{{root}}` itself.
    package var siteMustacheValue: TemplateValue {
        guard let fontFile else { return mustacheValue }
        let path = fontFile.sitePath
        return .object([
            "css": .text(styleSheet(embeddingFont: false)),
            "logo": .text(logo?.dataURI ?? ""),
            "hasLogo": .bool(logo != nil),
            "confidentiality": .text(confidentiality ?? ""),
            // Percent-encoded, so the partial may write it unescaped inside `url("…")`.
            "fontPath": .text(path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path),
            "fontFamily": .text(CSSEscaping.string(fontFile.family)),
        ])
    }
}

extension BrandFontFile {
    /// Where the site publishes the font: where it sits when that is inside the content
    /// folder (copied with the other files), else `assets/brand/` under its own name.
    package var sitePath: String { publishedPath ?? Self.siteFolder + "/" + (path as NSString).lastPathComponent }

    /// The folder of brand fonts named from outside the content folder.
    static let siteFolder = "assets/brand"
}
