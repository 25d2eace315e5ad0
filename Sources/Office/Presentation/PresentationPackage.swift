import ByteText
import Foundation

/// A PresentationML package (.pptx): a slide master with its layouts and theme — Orgbook's
/// own (one blank layout, the brand's colours and font) or a template's — then the slides
/// in order and the pictures they show. Entries are written in a fixed order with fixed
/// timestamps: the same slides give the same bytes.
public struct PresentationPackage {
    /// The deck's title (document properties).
    var title: String
    /// The theme written when there is no template.
    var theme = PresentationTheme()
    /// A template whose master, layouts and theme replace Orgbook's own.
    var template: DeckTemplate?
    var slides: [SlideBuilder] = []

    private static let slideType = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"

    /// The package's bytes.
    func data() throws -> Data {
        var zip = ZipWriter()
        var overrides: [(String, String)] = [
            ("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")
        ]
        let master: (part: String, id: String, theme: String, titleLayout: String, contentLayout: String)
        if let template {
            master = (template.masterPart, template.masterID, template.themePart, template.titleLayout, template.contentLayout)
            overrides += template.contentTypes
        } else {
            master = (
                "ppt/slideMasters/slideMaster1.xml", "2147483648", "ppt/theme/theme1.xml",
                "ppt/slideLayouts/slideLayout1.xml", "ppt/slideLayouts/slideLayout1.xml"
            )
            overrides += [
                (
                    "/ppt/slideMasters/slideMaster1.xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"
                ),
                (
                    "/ppt/slideLayouts/slideLayout1.xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"
                ),
                ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ]
        }
        // Pictures, numbered across the deck in slide order; named so none clashes with a
        // template's own media.
        var media: [[(name: String, data: Data)]] = []
        var pictureCount = 0
        for (k, slide) in slides.enumerated() {
            overrides.append(("/ppt/slides/slide\(k + 1).xml", Self.slideType))
            media.append(
                slide.media.map { item in
                    pictureCount += 1
                    let name = "ppt/media/orgbook-image\(pictureCount).\(item.format.rawValue)"
                    overrides.append(("/" + name, item.format.mediaType))
                    return (name, item.data)
                })
        }
        func add(_ path: String, _ text: String) throws { try zip.add(path: path, contents: Data(text.utf8)) }
        try add("[Content_Types].xml", PackageCommon.contentTypes(overrides))
        try add("_rels/.rels", PackageCommon.packageRelationships(mainPart: "ppt/presentation.xml"))
        try add("docProps/core.xml", PackageCommon.coreProperties(title: title))
        try add("docProps/app.xml", PackageCommon.appProperties())
        try add("ppt/presentation.xml", presentationXML(masterID: master.id))
        var presentationRels: [(String, String)] = [("slideMaster", PackagePart.relative(master.part, from: "ppt"))]
        for k in slides.indices { presentationRels.append(("slide", "slides/slide\(k + 1).xml")) }
        presentationRels.append(("theme", PackagePart.relative(master.theme, from: "ppt")))
        try add("ppt/_rels/presentation.xml.rels", PackageCommon.relationships(presentationRels))
        if let template {
            for part in template.parts { try zip.add(path: part.name, contents: part.data) }
        } else {
            try add("ppt/slideMasters/slideMaster1.xml", Self.masterXML)
            try add(
                "ppt/slideMasters/_rels/slideMaster1.xml.rels",
                PackageCommon.relationships([("slideLayout", "../slideLayouts/slideLayout1.xml"), ("theme", "../theme/theme1.xml")]))
            try add("ppt/slideLayouts/slideLayout1.xml", Self.layoutXML)
            try add(
                "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                PackageCommon.relationships([("slideMaster", "../slideMasters/slideMaster1.xml")]))
            try add("ppt/theme/theme1.xml", theme.xml())
        }
        for (k, slide) in slides.enumerated() {
            try add("ppt/slides/slide\(k + 1).xml", slide.slideXML())
            let layout = slide.isTitleSlide ? master.titleLayout : master.contentLayout
            // rId1 is the layout; the slide's pictures are rId2… in the order it placed them.
            let rels =
                [("slideLayout", PackagePart.relative(layout, from: "ppt/slides"))]
                + media[k].map { ("image", PackagePart.relative($0.name, from: "ppt/slides")) }
            try add("ppt/slides/_rels/slide\(k + 1).xml.rels", PackageCommon.relationships(rels))
        }
        for item in media.joined() { try zip.add(path: item.name, contents: item.data) }
        return try zip.finish()
    }

    private func presentationXML(masterID: String) -> String {
        var m = OfficeXML()
        m.raw(
            "<p:presentation xmlns:a=\"\(OfficeNamespace.drawing)\" xmlns:r=\"\(OfficeNamespace.officeRelationships)\" xmlns:p=\"\(OfficeNamespace.presentation)\" saveSubsetFonts=\"1\">"
        )
        m.raw("<p:sldMasterIdLst><p:sldMasterId")
        m.attribute("id", masterID)
        m.raw(" r:id=\"rId1\"/></p:sldMasterIdLst><p:sldIdLst>")
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
}
