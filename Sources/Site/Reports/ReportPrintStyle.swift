import SiteContent

/// The print rules that carry the report's own words: the running header (client and
/// date) and the page numbers, in `@page` margin boxes. Chromium draws margin boxes from
/// version 131; an engine without them prints without header or numbers and loses
/// nothing else.
enum ReportPrintStyle {
    /// The margin boxes of every page; `confidentiality` (the brand's line) bottom left.
    static func pageRules(client: String, date: String, confidentiality: String? = nil) -> String {
        let notice = confidentiality.map { " @bottom-left { content: \(cssString($0)); }" } ?? ""
        return """
            @page { @top-left { content: \(cssString(client)); } @top-right { content: \(cssString(date)); } \
            @bottom-right { content: "Page " counter(page) " of " counter(pages); }\(notice) }
            """
    }

    /// A CSS string literal: quotes and backslashes escaped, line breaks and `<` written as
    /// escapes so the text can never end the `<style>` element it sits in.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\3c "
            case ">": out += "\\3e "
            case "\n", "\r": out += "\\a "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
