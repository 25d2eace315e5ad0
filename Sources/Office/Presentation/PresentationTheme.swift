import ByteText
import Foundation

/// The deck's own theme (when no template gives one): the brand's colours as dark 1 and
/// accents 1–2, its font (else Liberation Sans) as heading and body font.
struct PresentationTheme {
    /// Colours as RRGGBB: dark text, primary (accent 1), accent (accent 2).
    var text = "1F2933", primary = "1F5FA8", accent = "2E8540"
    /// The heading and body font's family.
    var font = "Liberation Sans"

    func xml() -> String {
        func color(_ name: String, _ rgb: String) -> String { "<a:\(name)><a:srgbClr val=\"\(rgb)\"/></a:\(name)>" }
        var m = OfficeXML()
        m.raw("<a:theme xmlns:a=\"\(OfficeNamespace.drawing)\" name=\"Orgbook\"><a:themeElements><a:clrScheme name=\"Orgbook\">")
        m.raw(color("dk1", text) + color("lt1", "FFFFFF") + color("dk2", "44546A") + color("lt2", "E7E6E6"))
        m.raw(color("accent1", primary) + color("accent2", accent) + color("accent3", "A5A5A5") + color("accent4", "FFC000"))
        m.raw(color("accent5", "5B9BD5") + color("accent6", "70AD47") + color("hlink", primary) + color("folHlink", "954F72"))
        m.raw("</a:clrScheme><a:fontScheme name=\"Orgbook\">")
        for group in ["majorFont", "minorFont"] {
            m.raw("<a:\(group)><a:latin")
            m.attribute("typeface", font)
            m.raw("/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:\(group)>")
        }
        m.raw("</a:fontScheme><a:fmtScheme name=\"Orgbook\"><a:fillStyleLst>")
        let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        m.raw(fill + fill + fill + "</a:fillStyleLst><a:lnStyleLst>")
        for width in [6350, 12700, 19050] { m.raw("<a:ln w=\"\(width)\">\(fill)</a:ln>") }
        m.raw("</a:lnStyleLst><a:effectStyleLst>")
        for _ in 0..<3 { m.raw("<a:effectStyle><a:effectLst/></a:effectStyle>") }
        m.raw(
            "</a:effectStyleLst><a:bgFillStyleLst>" + fill + fill + fill + "</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>")
        return m.text
    }

    /// A template's theme with `font` as its heading and body latin font: the typeface of
    /// the first `latin` element inside `majorFont` and inside `minorFont`.
    static func settingFont(_ font: String, in theme: String) -> String {
        var text = theme
        for group in ["majorFont", "minorFont"] {
            guard let open = text.range(of: ":\(group)>") ?? text.range(of: "<\(group)>"),
                let latin = text.range(of: "latin typeface=\"", range: open.upperBound..<text.endIndex),
                let close = text.range(of: "\"", range: latin.upperBound..<text.endIndex)
            else { continue }
            text.replaceSubrange(latin.upperBound..<close.lowerBound, with: MarkupEscaping.escape(font))
        }
        return text
    }
}
