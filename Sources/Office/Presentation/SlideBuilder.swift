import Foundation
import OrgModel
import ReportModel

/// The shapes of one slide, as the XML of its shape tree. Shape ids are unique within the
/// slide (1 is the tree itself), so connectors can name the boxes they join.
struct SlideBuilder {
    /// English Metric Units per CSS pixel (914400 per inch, 96 px per inch).
    static let emuPerPixel = 9525.0
    /// A 16:9 slide, 13.333 × 7.5 in.
    static let slideWidth = 12_192_000, slideHeight = 6_858_000
    /// Room left around the content, and the band the title takes.
    static let margin = 365_760, titleHeight = 640_080

    private(set) var shapes = ""
    private(set) var nextID = 2
    /// Shape ids given to boxes, in order (tests and connectors read them).
    private(set) var boxIDs: [Int] = []
    /// The title slide takes the template's title layout; every other slide its title-only one.
    var isTitleSlide = false
    /// Pictures the slide shows, in order: relationship rId2, rId3… (rId1 is the layout).
    private(set) var media: [(format: BrandLogo.Format, data: Data)] = []

    /// The latin font of text Orgbook measured (boxes of a diagram, their badges): the
    /// font of the diagrams' text metrics, whatever the theme says.
    static let measuredFont = "Liberation Sans"
    /// The theme's heading and body fonts, so a template or `brand.font` restyles the
    /// titles, text slides and tables.
    static let headingFont = "+mj-lt", bodyFont = "+mn-lt"

    /// Reserves the next shape id.
    mutating func newID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    /// The layout placeholder a text box fills: PowerPoint then reads it as the slide's
    /// title (outline view, the accessibility checker's "slide title", screen readers) and
    /// gives it the layout's title style where the runs leave it open (alignment, spacing).
    enum Placeholder: String {
        case title = "type=\"title\""
        case centredTitle = "type=\"ctrTitle\""
        case subtitle = "type=\"subTitle\" idx=\"1\""
    }

    /// The slide title in the top band.
    mutating func title(_ text: String, size: Int = 2400) {
        textBox(
            name: "Title", text: [(text, size, true)],
            x: Self.margin, y: Self.margin / 2, width: Self.slideWidth - 2 * Self.margin, height: Self.titleHeight,
            font: Self.headingFont, placeholder: .title)
    }

    /// A text box without fill or line: paragraphs of (text, size in 1/100 pt, bold). Its
    /// position is always its own, placeholder or not, so it never lands on the content.
    mutating func textBox(
        name: String, text paragraphs: [(String, Int, Bool)], x: Int, y: Int, width: Int, height: Int, font: String = bodyFont,
        placeholder: Placeholder? = nil
    ) {
        var m = OfficeXML()
        let id = newID()
        m.raw("<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\"")
        m.attribute("name", name)
        if let placeholder {
            m.raw("/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph \(placeholder.rawValue)/></p:nvPr></p:nvSpPr><p:spPr>")
        } else {
            m.raw("/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>")
        }
        m.raw(Self.transform(x: x, y: y, width: width, height: height))
        m.raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>")
        m.raw(
            "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
        )
        for (text, size, bold) in paragraphs {
            m.raw("<a:p><a:pPr><a:spcAft><a:spcPts val=\"600\"/></a:spcAft></a:pPr>")
            Self.run(text, size: size, bold: bold, font: font, into: &m)
            m.raw("</a:p>")
        }
        m.raw("</p:txBody></p:sp>")
        shapes += Self.body(m)
    }

    /// A rounded rectangle with editable text: one paragraph per (text, size, bold), centred.
    /// `dashed` draws its outline dashed (a unit marked moved, a collapsed branch).
    mutating func box(
        name: String, paragraphs: [(String, Int, Bool)], x: Int, y: Int, width: Int, height: Int,
        fill: String, line: String, lineWidth: Int = 12700, dash: String? = nil, inset: Int
    ) -> Int {
        var m = OfficeXML()
        let id = newID()
        boxIDs.append(id)
        m.raw("<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\"")
        m.attribute("name", name)
        m.raw("/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>")
        m.raw(Self.transform(x: x, y: y, width: width, height: height))
        m.raw("<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd name=\"adj\" fmla=\"val 12000\"/></a:avLst></a:prstGeom>")
        m.raw(
            "<a:solidFill><a:srgbClr val=\"\(fill)\"/></a:solidFill><a:ln w=\"\(lineWidth)\"><a:solidFill><a:srgbClr val=\"\(line)\"/></a:solidFill>"
        )
        if let dash { m.raw("<a:prstDash val=\"\(dash)\"/>") }
        m.raw(
            "</a:ln></p:spPr><p:txBody><a:bodyPr wrap=\"square\" lIns=\"\(inset)\" tIns=\"0\" rIns=\"\(inset)\" bIns=\"0\" anchor=\"ctr\"><a:noAutofit/></a:bodyPr><a:lstStyle/>"
        )
        for (text, size, bold) in paragraphs {
            m.raw("<a:p><a:pPr algn=\"ctr\"/>")
            Self.run(text, size: size, bold: bold, font: Self.measuredFont, into: &m)
            m.raw("</a:p>")
        }
        m.raw("</p:txBody></p:sp>")
        shapes += Self.body(m)
        return id
    }

    /// A connector from connection site `startSite` of shape `from` to `endSite` of shape
    /// `to`; PowerPoint and LibreOffice re-route it when either shape moves.
    mutating func connector(
        from: Int, startSite: Int, at start: (Int, Int), to: Int, endSite: Int, at end: (Int, Int),
        elbow: Bool, dashed: Bool, color: String, width: Int = 12700
    ) {
        var m = OfficeXML()
        let id = newID()
        m.raw("<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"\(id)\" name=\"Connector \(id)\"/><p:cNvCxnSpPr>")
        m.raw(
            "<a:stCxn id=\"\(from)\" idx=\"\(startSite)\"/><a:endCxn id=\"\(to)\" idx=\"\(endSite)\"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>"
        )
        let flipH = end.0 < start.0
        let flipV = end.1 < start.1
        m.raw(
            "<a:xfrm\(flipH ? " flipH=\"1\"" : "")\(flipV ? " flipV=\"1\"" : "")><a:off x=\"\(min(start.0, end.0))\" y=\"\(min(start.1, end.1))\"/>"
        )
        m.raw("<a:ext cx=\"\(abs(end.0 - start.0))\" cy=\"\(abs(end.1 - start.1))\"/></a:xfrm>")
        m.raw("<a:prstGeom prst=\"\(elbow ? "bentConnector3" : "straightConnector1")\"><a:avLst/></a:prstGeom>")
        m.raw("<a:ln w=\"\(width)\"><a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill>")
        if dashed { m.raw("<a:prstDash val=\"dash\"/>") }
        m.raw("</a:ln></p:spPr></p:cxnSp>")
        shapes += Self.body(m)
    }

    /// A connector bound like `connector`, drawn along `points` (the route the layout
    /// chose around stacked boxes) instead of a preset elbow that would cross them.
    mutating func routedConnector(
        from: Int, startSite: Int, to: Int, endSite: Int, points: [(Int, Int)],
        dashed: Bool, color: String, width: Int = 12700
    ) {
        var m = OfficeXML()
        let id = newID()
        let minX = points.map(\.0).min() ?? 0
        let minY = points.map(\.1).min() ?? 0
        let width = max((points.map(\.0).max() ?? 0) - minX, 1)
        let height = max((points.map(\.1).max() ?? 0) - minY, 1)
        m.raw("<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"\(id)\" name=\"Connector \(id)\"/><p:cNvCxnSpPr>")
        m.raw(
            "<a:stCxn id=\"\(from)\" idx=\"\(startSite)\"/><a:endCxn id=\"\(to)\" idx=\"\(endSite)\"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>"
        )
        m.raw(Self.transform(x: minX, y: minY, width: width, height: height))
        m.raw("<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/><a:pathLst>")
        m.raw("<a:path w=\"\(width)\" h=\"\(height)\" fill=\"none\">")
        for (k, p) in points.enumerated() {
            m.raw(k == 0 ? "<a:moveTo>" : "<a:lnTo>")
            m.raw("<a:pt x=\"\(p.0 - minX)\" y=\"\(p.1 - minY)\"/>")
            m.raw(k == 0 ? "</a:moveTo>" : "</a:lnTo>")
        }
        m.raw("</a:path></a:pathLst></a:custGeom><a:ln w=\"\(width)\"><a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill>")
        if dashed { m.raw("<a:prstDash val=\"dash\"/>") }
        m.raw("</a:ln></p:spPr></p:cxnSp>")
        shapes += Self.body(m)
    }

    /// A native table: the first row is the header (bold, shaded).
    mutating func table(name: String, rows: [[String]], x: Int, y: Int, width: Int, fontSize: Int = 1200, headerFill: String) {
        guard let header = rows.first, !header.isEmpty else { return }
        var m = OfficeXML()
        let id = newID()
        let columnWidth = width / header.count
        let rowHeight = fontSize * 254 / 10 + 120_000
        m.raw("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"\(id)\"")
        m.attribute("name", name)
        m.raw("/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
        m.raw(
            "<p:xfrm><a:off x=\"\(x)\" y=\"\(y)\"/><a:ext cx=\"\(columnWidth * header.count)\" cy=\"\(rowHeight * rows.count)\"/></p:xfrm>")
        m.raw(
            "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>"
        )
        for _ in header { m.raw("<a:gridCol w=\"\(columnWidth)\"/>") }
        m.raw("</a:tblGrid>")
        for (r, row) in rows.enumerated() {
            m.raw("<a:tr h=\"\(rowHeight)\">")
            for c in 0..<header.count {
                m.raw("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>")
                Self.run(c < row.count ? row[c] : "", size: fontSize, bold: r == 0, font: Self.bodyFont, into: &m)
                m.raw("</a:p></a:txBody><a:tcPr marL=\"45720\" marR=\"45720\" marT=\"22860\" marB=\"22860\">")
                for side in ["lnL", "lnR", "lnT", "lnB"] {
                    m.raw("<a:\(side) w=\"6350\"><a:solidFill><a:srgbClr val=\"A0A0A0\"/></a:solidFill></a:\(side)>")
                }
                m.raw("<a:solidFill><a:srgbClr val=\"\(r == 0 ? headerFill : "FFFFFF")\"/></a:solidFill></a:tcPr></a:tc>")
            }
            m.raw("</a:tr>")
        }
        m.raw("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
        shapes += Self.body(m)
    }

    /// A picture (the logo) fitted into the box at (x, y) of at most `width` × `height`,
    /// keeping `aspect` (width / height), top left. An SVG is stored as it is and named by
    /// the main blip and by Office's `svgBlip` extension: PowerPoint 2016 and later read the
    /// extension, LibreOffice reads the main blip and draws SVG itself; the PNG preview
    /// PowerPoint makes for older readers needs a rasteriser Orgbook does not carry.
    mutating func picture(
        name: String, description: String, format: BrandLogo.Format, data: Data, aspect: Double,
        x: Int, y: Int, width: Int, height: Int
    ) {
        media.append((format, data))
        let rel = "rId\(media.count + 1)"
        let fitted =
            Double(width) / Double(height) > aspect
            ? (Int(Double(height) * aspect), height) : (width, Int(Double(width) / aspect))
        var m = OfficeXML()
        let id = newID()
        m.raw("<p:pic><p:nvPicPr><p:cNvPr id=\"\(id)\"")
        m.attribute("name", name)
        m.attribute("descr", description)
        m.raw("/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed=\"\(rel)\">")
        if format == .svg {
            m.raw(
                "<a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"\(rel)\"/></a:ext></a:extLst>"
            )
        }
        m.raw("</a:blip><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>")
        m.raw(Self.transform(x: x, y: y, width: fitted.0, height: fitted.1))
        m.raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>")
        shapes += Self.body(m)
    }

    /// The slide part holding the shapes.
    func slideXML() -> String {
        var m = OfficeXML()
        m.raw(
            "<p:sld xmlns:a=\"\(OfficeNamespace.drawing)\" xmlns:r=\"\(OfficeNamespace.officeRelationships)\" xmlns:p=\"\(OfficeNamespace.presentation)\">"
        )
        m.raw("<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>")
        m.raw(
            "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
        )
        m.raw(shapes)
        m.raw("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
        return m.text
    }

    /// One text run: `font` is a family, or `+mj-lt`/`+mn-lt` for the theme's.
    static func run(_ text: String, size: Int, bold: Bool, font: String, into m: inout OfficeXML) {
        m.raw(
            "<a:r><a:rPr lang=\"en-GB\" sz=\"\(size)\" b=\"\(bold ? 1 : 0)\" dirty=\"0\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
        )
        m.raw("<a:latin")
        m.attribute("typeface", font)
        m.raw("/></a:rPr><a:t>")
        m.escaped(text)
        m.raw("</a:t></a:r>")
    }

    static func transform(x: Int, y: Int, width: Int, height: Int) -> String {
        "<a:xfrm><a:off x=\"\(x)\" y=\"\(y)\"/><a:ext cx=\"\(max(width, 0))\" cy=\"\(max(height, 0))\"/></a:xfrm>"
    }

    /// The XML of `m` without its declaration (a fragment of the slide).
    private static func body(_ m: OfficeXML) -> String {
        String(m.text.drop(while: { $0 != "\n" }).dropFirst())
    }
}
