import ByteText
import Foundation

/// A small PowerPoint template written by the test: a master with a marker shape, a
/// title-only layout listed before a title layout (so picking by type is tested), a
/// theme in Calibri, and a slide of its own that a deck must not keep.
enum TemplateFixture {
    static let p =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let tree =
        "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>"

    static func rels(_ items: [(String, String)]) -> String {
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.enumerated().map { k, item in "<Relationship Id=\"rId\(k + 1)\" Type=\"\(rel)/\(item.0)\" Target=\"\(item.1)\"/>" }
            .joined() + "</Relationships>"
    }

    /// The package's bytes; `width` other than 12192000 makes it 4:3, `withLayouts: false`
    /// leaves the master's layout list empty.
    /// `accent1` (RRGGBB) puts a colour scheme with that accent in the theme.
    static func data(width: Int = 12_192_000, withMaster: Bool = true, withLayouts: Bool = true, accent1: String? = nil) throws -> Data {
        let layoutList =
            withLayouts
            ? "<p:sldLayoutId id=\"2147483701\" r:id=\"rId1\"/><p:sldLayoutId id=\"2147483702\" r:id=\"rId2\"/>" : ""
        let colorScheme =
            accent1.map {
                "<a:clrScheme name=\"Fixture\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                    + "<a:accent1><a:srgbClr val=\"\($0)\"/></a:accent1></a:clrScheme>"
            } ?? ""
        let type = "application/vnd.openxmlformats-officedocument"
        var parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"\(type).presentationml.template.main+xml\"/>"
                    + "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"\(type).presentationml.slideMaster+xml\"/>"
                    + "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"\(type).presentationml.slideLayout+xml\"/>"
                    + "<Override PartName=\"/ppt/slideLayouts/slideLayout2.xml\" ContentType=\"\(type).presentationml.slideLayout+xml\"/>"
                    + "<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"\(type).theme+xml\"/>"
                    + "<Override PartName=\"/ppt/slides/slide1.xml\" ContentType=\"\(type).presentationml.slide+xml\"/></Types>"
            ),
            ("_rels/.rels", rels([("officeDocument", "ppt/presentation.xml")])),
            (
                "ppt/presentation.xml",
                "<p:presentation \(p)><p:sldMasterIdLst><p:sldMasterId id=\"2147483700\" r:id=\"rId1\"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId3\"/></p:sldIdLst><p:sldSz cx=\"\(width)\" cy=\"6858000\"/></p:presentation>"
            ),
            (
                "ppt/_rels/presentation.xml.rels",
                rels([("slideMaster", "slideMasters/slideMaster1.xml"), ("theme", "theme/theme1.xml"), ("slide", "slides/slide1.xml")])
            ),
            ("ppt/slideLayouts/slideLayout1.xml", "<p:sldLayout \(p) type=\"titleOnly\">\(tree)</p:sldLayout>"),
            ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels([("slideMaster", "../slideMasters/slideMaster1.xml")])),
            ("ppt/slideLayouts/slideLayout2.xml", "<p:sldLayout \(p) type=\"title\">\(tree)</p:sldLayout>"),
            ("ppt/slideLayouts/_rels/slideLayout2.xml.rels", rels([("slideMaster", "../slideMasters/slideMaster1.xml")])),
            (
                "ppt/theme/theme1.xml",
                "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Fixture\"><a:themeElements>\(colorScheme)<a:fontScheme name=\"Fixture\"><a:majorFont><a:latin typeface=\"Calibri Light\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"
            ),
            (
                "ppt/slides/slide1.xml",
                "<p:sld \(p)>\(tree)<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Template sample slide\"/></p:nvSpPr></p:sp></p:sld>"
            ),
            ("ppt/slides/_rels/slide1.xml.rels", rels([("slideLayout", "../slideLayouts/slideLayout1.xml")])),
        ]
        if withMaster {
            parts += [
                (
                    "ppt/slideMasters/slideMaster1.xml",
                    "<p:sldMaster \(p)>\(tree.replacingOccurrences(of: "<p:grpSpPr/>", with: "<p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Master marker\"/></p:nvSpPr></p:sp>"))<p:sldLayoutIdLst>\(layoutList)</p:sldLayoutIdLst></p:sldMaster>"
                ),
                (
                    "ppt/slideMasters/_rels/slideMaster1.xml.rels",
                    rels([
                        ("slideLayout", "../slideLayouts/slideLayout1.xml"), ("slideLayout", "../slideLayouts/slideLayout2.xml"),
                        ("theme", "../theme/theme1.xml"),
                    ])
                ),
            ]
        }
        var zip = ZipWriter()
        for (name, text) in parts { try zip.add(path: name, contents: Data(text.utf8)) }
        return try zip.finish()
    }
}
