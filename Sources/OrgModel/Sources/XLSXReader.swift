import Diagnostics

/// Reads the first sheet (or a named one) of an Excel workbook as a table.
enum XLSXReader {
    static func table(_ path: String, sheet: String?, at place: SourceLocation, context: LoadContext) -> DataTable? {
        context.report(SourceError.unsupportedSource(path: path), at: place)
        return nil
    }
}
