import ByteText
import Foundation

/// A PresentationML package (.pptx): one slide master and one blank layout, a theme whose
/// accent colours are the brand's, and the slides in order. Entries are written in a fixed
/// order with fixed timestamps: the same slides give the same bytes.
public struct PresentationPackage {
    /// The deck's title (document properties).
    var title: String
    /// Theme colours as RRGGBB: dark text, primary (accent 1), accent (accent 2).
    var text = "1F2933", primary = "1F5FA8", accent = "2E8540"
    var slides: [SlideBuilder] = []

    /// The package's bytes.
    func data() throws -> Data {
        var zip = ZipWriter()
        var overrides: [(String, String)] = [
            ("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"),
            ("/ppt/slideLayouts/slideLayout1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"),
            ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ]
        for k in slides.indices {
            overrides.append(("/ppt/slides/slide\(k + 1).xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"))
        }
        func add(_ path: String, _ text: String) throws { try zip.add(path: path, contents: Data(text.utf8)) }
        try add("[Content_Types].xml", PackageCommon.contentTypes(overrides))
        try add("_rels/.rels", PackageCommon.packageRelationships(mainPart: "ppt/presentation.xml"))
        try add("docProps/core.xml", PackageCommon.coreProperties(title: title))
        try add("docProps/app.xml", PackageCommon.appProperties())
        try add("ppt/presentation.xml", presentationXML())
        var presentationRels: [(String, String)] = [("slideMaster", "slideMasters/slideMaster1.xml")]
        for k in slides.indices { presentationRels.append(("slide", "slides/slide\(k + 1).xml")) }
        presentationRels.append(("theme", "theme/theme1.xml"))
        try add("ppt/_rels/presentation.xml.rels", PackageCommon.relationships(presentationRels))
        try add("ppt/slideMasters/slideMaster1.xml", Self.masterXML)
        try add(
            "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            PackageCommon.relationships([("slideLayout", "../slideLayouts/slideLayout1.xml"), ("theme", "../theme/theme1.xml")]))
        try add("ppt/slideLayouts/slideLayout1.xml", Self.layoutXML)
        try add(
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            PackageCommon.relationships([("slideMaster", "../slideMasters/slideMaster1.xml")]))
        try add("ppt/theme/theme1.xml", themeXML())
        for (k, slide) in slides.enumerated() {
            try add("ppt/slides/slide\(k + 1).xml", slide.slideXML())
            try add(
                "ppt/slides/_rels/slide\(k + 1).xml.rels",
                PackageCommon.relationships([("slideLayout", "../slideLayouts/slideLayout1.xml")]))
        }
        return try zip.finish()
    }

    private func presentationXML() -> String {
        var m = OfficeXML()
        m.raw(
            "<p:presentation xmlns:a=\"\(OfficeNamespace.drawing)\" xmlns:r=\"\(OfficeNamespace.officeRelationships)\" xmlns:p=\"\(OfficeNamespace.presentation)\" saveSubsetFonts=\"1\">"
        )
        m.raw("<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:sldIdLst>")
        for k in slides.indices { m.raw("<p:sldId id=\"\(256 + k)\" r:id=\"rId\(k + 2)\"/>") }
        m.raw(
            "</p:sldIdLst><p:sldSz cx=\"\(SlideBuilder.slideWidth)\" cy=\"\(SlideBuilder.slideHeight)\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>"
        )
        return m.text
    }

    private static let emptyTree =
        "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>"

    private static let masterXML =
        OfficeXML().text
        + "<p:sldMaster xmlns:a=\"\(OfficeNamespace.drawing)\" xmlns:r=\"\(OfficeNamespace.officeRelationships)\" xmlns:p=\"\(OfficeNamespace.presentation)\">"
        + emptyTree
        + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
        + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst></p:sldMaster>"

    private static let layoutXML =
        OfficeXML().text
        + "<p:sldLayout xmlns:a=\"\(OfficeNamespace.drawing)\" xmlns:r=\"\(OfficeNamespace.officeRelationships)\" xmlns:p=\"\(OfficeNamespace.presentation)\" type=\"blank\" preserve=\"1\">"
        + emptyTree.replacingOccurrences(of: "<p:cSld>", with: "<p:cSld name=\"Blank\">")
        + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"

    /// The theme: the brand's colours as dark 1 and accents 1–2, Liberation Sans for text.
    private func themeXML() -> String {
        func color(_ name: String, _ rgb: String) -> String { "<a:\(name)><a:srgbClr val=\"\(rgb)\"/></a:\(name)>" }
        var m = OfficeXML()
        m.raw("<a:theme xmlns:a=\"\(OfficeNamespace.drawing)\" name=\"Orgbook\"><a:themeElements><a:clrScheme name=\"Orgbook\">")
        m.raw(color("dk1", text) + color("lt1", "FFFFFF") + color("dk2", "44546A") + color("lt2", "E7E6E6"))
        m.raw(color("accent1", primary) + color("accent2", accent) + color("accent3", "A5A5A5") + color("accent4", "FFC000"))
        m.raw(color("accent5", "5B9BD5") + color("accent6", "70AD47") + color("hlink", primary) + color("folHlink", "954F72"))
        m.raw("</a:clrScheme><a:fontScheme name=\"Orgbook\">")
        for group in ["majorFont", "minorFont"] {
            m.raw("<a:\(group)><a:latin typeface=\"Liberation Sans\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:\(group)>")
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
}
