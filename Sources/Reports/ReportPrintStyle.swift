import ByteText
import Rendering

/// The print rules that carry the report's own words: the running header (client and
/// date) and the page numbers, in `@page` margin boxes. Chromium draws margin boxes from
/// version 131; an engine without them prints without header or numbers and loses
/// nothing else.
package enum ReportPrintStyle {
    /// The margin boxes of every page; `confidentiality` (the brand's line) bottom left.
    static func pageRules(client: String, date: String, confidentiality: String? = nil) -> String {
        let notice = confidentiality.map { " @bottom-left { content: \(CSSEscaping.string($0)); }" } ?? ""
        return """
            @page { @top-left { content: \(CSSEscaping.string(client)); } @top-right { content: \(CSSEscaping.string(date)); } \
            @bottom-right { content: "Page " counter(page) " of " counter(pages); }\(notice) }
            """
    }
}
