import Diagnostics
import Diagrams
import Layout
import ReportModel
import Typesetting

extension DiagramFont {
    /// Runs `body` — which draws diagrams and reads their HTML — with `font` bound as
    /// `TextMetrics.font` (nil: Liberation Sans). A drawn diagram writes its SVG when its
    /// HTML is first read, so the reading must happen inside too.
    package static func drawing<T>(with font: DiagramFont?, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        let result: Result<T, DiagnosticError> = TextMetrics.$font.withValue(font) {
            do throws(DiagnosticError) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

extension DiagramFont {
    /// The diagrams' view of a brand's `.ttf`: its family and advance widths.
    package init(_ file: BrandFontFile) { self.init(family: file.family, metrics: file.metrics) }
}
