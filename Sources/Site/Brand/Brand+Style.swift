import OrgModel
import ReportModel
import Templates

extension Brand {
    /// The brand as CSS custom properties on `:root` (`--brand-primary`, `--brand-font` …),
    /// for a `<style>` after the stylesheets. The stylesheets read each one with their
    /// own colour as the fallback, so every output takes the brand the same way; empty
    /// when nothing is set.
    var styleSheet: String {
        var declarations: [String] = []
        for role in colors.keys.sorted() {
            declarations.append("\(role.cssVariable): \(colors[role]!)")
        }
        if let font {
            declarations.append("--brand-font: \(ReportPrintStyle.cssString(font)), system-ui, sans-serif")
        }
        guard !declarations.isEmpty else { return "" }
        return ":root { " + declarations.joined(separator: "; ") + "; }"
    }

    /// The values templates see as `brand` (`site.brand` in the site): `css`, `logo` (a
    /// `data:` URI), `hasLogo`, `confidentiality`.
    var mustacheValue: TemplateValue {
        .object([
            "css": .text(styleSheet),
            "logo": .text(logo?.dataURI ?? ""),
            "hasLogo": .bool(logo != nil),
            "confidentiality": .text(confidentiality ?? ""),
        ])
    }
}
