import ByteText

/// Text of an Office Open XML part, built by appending: every value goes through
/// `MarkupEscaping`, the one markup escaper.
struct OfficeXML {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Appends markup written by Orgbook itself (tags, fixed attributes).
    mutating func raw(_ markup: String) { text += markup }

    /// Appends a value: text content or an attribute value.
    mutating func escaped(_ value: String) { text += MarkupEscaping.escape(value) }

    /// Appends ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        text += " \(name)=\"\(MarkupEscaping.escape(value))\""
    }
}

/// Namespaces and content types the packages share.
enum OfficeNamespace {
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let drawing = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let presentation = "http://schemas.openxmlformats.org/presentationml/2006/main"
    static let spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let documentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let coreType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let appType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
}

/// The parts every package holds besides its own: relationships of the package and its
/// document properties, with no date in them so the same input gives the same bytes.
enum PackageCommon {
    /// `_rels/.rels`: the main document, core and app properties.
    static func packageRelationships(mainPart: String) -> String {
        var x = OfficeXML()
        x.raw("<Relationships xmlns=\"\(OfficeNamespace.relationships)\">")
        x.raw("<Relationship Id=\"rId1\" Type=\"\(OfficeNamespace.documentType)\"")
        x.attribute("Target", mainPart)
        x.raw("/><Relationship Id=\"rId2\" Type=\"\(OfficeNamespace.coreType)\" Target=\"docProps/core.xml\"/>")
        x.raw("<Relationship Id=\"rId3\" Type=\"\(OfficeNamespace.appType)\" Target=\"docProps/app.xml\"/></Relationships>")
        return x.text
    }

    /// A part's relationships: (type suffix after `.../relationships/`, target) numbered rId1….
    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        var x = OfficeXML()
        x.raw("<Relationships xmlns=\"\(OfficeNamespace.relationships)\">")
        for (k, target) in targets.enumerated() {
            x.raw("<Relationship Id=\"rId\(k + 1)\" Type=\"\(OfficeNamespace.officeRelationships)/\(target.type)\"")
            x.attribute("Target", target.target)
            x.raw("/>")
        }
        x.raw("</Relationships>")
        return x.text
    }

    /// `docProps/core.xml`: the title only (no dates: deterministic bytes).
    static func coreProperties(title: String) -> String {
        var x = OfficeXML()
        x.raw(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        )
        x.raw("<dc:title>")
        x.escaped(title)
        x.raw("</dc:title><dc:creator>Orgbook</dc:creator></cp:coreProperties>")
        return x.text
    }

    /// `docProps/app.xml`: the application that wrote the package.
    static func appProperties() -> String {
        var x = OfficeXML()
        x.raw(
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Orgbook</Application></Properties>"
        )
        return x.text
    }

    /// `[Content_Types].xml`: defaults for .rels and .xml, one override per part.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        var x = OfficeXML()
        x.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        x.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        x.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        let all =
            overrides + [
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ]
        for (part, type) in all {
            x.raw("<Override")
            x.attribute("PartName", part)
            x.attribute("ContentType", type)
            x.raw("/>")
        }
        x.raw("</Types>")
        return x.text
    }
}
