import Diagnostics
import Foundation
import OrgModel
import ReportModel

/// A PowerPoint template made ready for a deck: its slide master and every part the master
/// reaches (layouts, theme, pictures) copied as they are, and the layouts our slides use —
/// its title layout for the title slide, its title-only (else blank) layout for the rest.
/// What is wrong inside the package is reported at the `template:` line.
struct DeckTemplate {
    var masterPart: String
    /// The master's id in the template's presentation (ids of masters and layouts share
    /// one range, so the template's own is the one that cannot clash with its layouts).
    var masterID: String
    var themePart: String
    /// The theme's accent 1 as RRGGBB, when it gives one: boxes, lines and table headers
    /// take it where the brand names no primary colour of its own.
    var accent: String?
    var titleLayout: String
    var contentLayout: String
    /// Parts to write as they are, relationships included, in name order.
    var parts: [(name: String, data: Data)]
    /// Content types of the copied parts that are not relationships.
    var contentTypes: [(part: String, type: String)]

    /// Relationship types never followed from the master: they belong to the template's
    /// own slides and notes, which the deck does not keep.
    private static let skipped: Set<String> = ["slide", "notesSlide", "notesMaster", "handoutMaster"]

    init(_ template: BrandTemplate, font: String?) throws {
        let parts = template.parts
        func fail(_ message: String, _ hint: String) -> Diagnostic {
            // The location names the YAML file; the template as it is written there.
            Diagnostic.error(
                at: template.location, "the template '\((template.path as NSString).lastPathComponent)' \(message)", hint: hint)
        }
        let resave = "open it in PowerPoint and save it again as a .potx"
        guard let presentation = parts["ppt/presentation.xml"].flatMap(PackagePart.elements) else {
            throw fail("has no readable ppt/presentation.xml", resave)
        }
        if let size = presentation.first(where: { $0.name == "sldSz" }),
            Int(size.attributes["cx"] ?? "") != SlideBuilder.slideWidth || Int(size.attributes["cy"] ?? "") != SlideBuilder.slideHeight
        {
            let inches = { (emu: String?) in String(format: "%.2f", Double(Int(emu ?? "") ?? 0) / 914_400) }
            throw fail(
                "has \(inches(size.attributes["cx"])) × \(inches(size.attributes["cy"])) in slides, not 16:9 (13.33 × 7.50 in)",
                "in PowerPoint choose Design › Slide Size › Widescreen (16:9), then save the template again")
        }
        let presentationRels = PackagePart.relationships(of: "ppt/presentation.xml", in: parts)
        let masterEntry = presentation.first { $0.name == "sldMasterId" }
        guard
            let master = presentationRels.first(where: { $0.id == masterEntry?.attributes["r:id"] && $0.type == "slideMaster" })
                ?? presentationRels.first(where: { $0.type == "slideMaster" }),
            let masterXML = parts[master.target].flatMap(PackagePart.elements)
        else { throw fail("has no slide master", resave) }
        masterPart = master.target
        masterID = masterEntry?.attributes["id"] ?? "2147483648"

        let masterRels = PackagePart.relationships(of: master.target, in: parts)
        guard let theme = masterRels.first(where: { $0.type == "theme" }), parts[theme.target] != nil else {
            throw fail("has a slide master without a theme", resave)
        }
        themePart = theme.target
        accent = Self.accent1(in: parts[theme.target])
        // Layouts in the master's own order, each with its type (title, titleOnly, blank…).
        let layouts: [(part: String, type: String)] = masterXML.filter { $0.name == "sldLayoutId" }.compactMap { entry in
            guard let rel = masterRels.first(where: { $0.id == entry.attributes["r:id"] }), let data = parts[rel.target] else { return nil }
            let type = PackagePart.elements(data)?.first { $0.name == "sldLayout" }?.attributes["type"] ?? "cust"
            return (rel.target, type)
        }
        guard let first = layouts.first else {
            throw fail("has a slide master without slide layouts", "add a Title Only or Blank layout in View › Slide Master")
        }
        titleLayout = layouts.first { $0.type == "title" }?.part ?? first.part
        contentLayout =
            (layouts.first { $0.type == "titleOnly" } ?? layouts.first { $0.type == "blank" }
            ?? layouts.first { $0.type != "title" } ?? first).part

        // Everything the master reaches, followed through relationships.
        var reached: Set<String> = [master.target]
        var queue = [master.target]
        while let part = queue.popLast() {
            for rel in PackagePart.relationships(of: part, in: parts)
            where !Self.skipped.contains(rel.type) && parts[rel.target] != nil && !reached.contains(rel.target) {
                reached.insert(rel.target)
                queue.append(rel.target)
            }
        }
        let types = Self.contentTypes(parts["[Content_Types].xml"])
        var copied: [(String, Data)] = []
        var contentTypes: [(String, String)] = []
        for name in reached.sorted() {
            var data = parts[name]!
            if name == theme.target, let font {
                data = Data(PresentationTheme.settingFont(font, in: String(decoding: data, as: UTF8.self)).utf8)
            }
            copied.append((name, data))
            let ext = (name as NSString).pathExtension.lowercased()
            contentTypes.append(("/" + name, types.overrides["/" + name] ?? types.defaults[ext] ?? "application/octet-stream"))
            let folder = (name as NSString).deletingLastPathComponent
            let rels = folder + "/_rels/" + (name as NSString).lastPathComponent + ".rels"
            if let relsData = parts[rels] { copied.append((rels, relsData)) }
        }
        self.parts = copied
        self.contentTypes = contentTypes
    }

    /// The `accent1` of a theme's colour scheme: an sRGB value, or a system colour's last
    /// value; nil when the theme gives neither.
    static func accent1(in theme: Data?) -> String? {
        guard let elements = theme.flatMap(PackagePart.elements),
            let slot = elements.firstIndex(where: { $0.name == "accent1" }), slot + 1 < elements.count
        else { return nil }
        let value = elements[slot + 1]
        let hex = value.name == "srgbClr" ? value.attributes["val"] : value.name == "sysClr" ? value.attributes["lastClr"] : nil
        guard let hex, hex.count == 6, hex.allSatisfy(\.isHexDigit) else { return nil }
        return hex.uppercased()
    }

    /// `[Content_Types].xml`: overrides by part name (`/ppt/…`), defaults by extension.
    private static func contentTypes(_ data: Data?) -> (overrides: [String: String], defaults: [String: String]) {
        var overrides: [String: String] = [:]
        var defaults: [String: String] = [:]
        for element in data.flatMap(PackagePart.elements) ?? [] {
            guard let type = element.attributes["ContentType"] else { continue }
            if element.name == "Override", let part = element.attributes["PartName"] { overrides[part] = type }
            if element.name == "Default", let ext = element.attributes["Extension"] { defaults[ext.lowercased()] = type }
        }
        return (overrides, defaults)
    }
}
