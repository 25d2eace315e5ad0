/// One value of PDF's object syntax, as much of it as Orgbook reads back from the PDFs
/// Chromium prints: the catalog, the page tree and the named destinations.
enum PDFValue: Equatable {
    case null
    case boolean(Bool)
    case integer(Int)
    case real(Double)
    /// A name with its `#xx` escapes decoded, without the leading `/`.
    case name(String)
    /// A literal or hexadecimal string's bytes, escapes decoded.
    case string([UInt8])
    case array([PDFValue])
    case dictionary([String: PDFValue])
    /// `N G R`: an indirect reference to object N (the generation is always 0 in the
    /// files Orgbook reads, and ignored).
    case reference(Int)

    subscript(key: String) -> PDFValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    var arrayValue: [PDFValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var referenceValue: Int? {
        if case .reference(let number) = self { return number }
        return nil
    }

    var integerValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }
}
