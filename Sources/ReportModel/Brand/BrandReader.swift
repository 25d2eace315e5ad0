import Diagnostics
import Foundation
import OrgData
import OrgModel
import YAML

/// Decodes a `brand:` mapping: the logo read and sniffed, colours parsed and checked for
/// contrast, every problem reported at its key so one run shows them all.
enum BrandReader {
    static let keys = ["logo", "colors", "font", "confidentiality", "template"]

    /// `base` is the folder of the YAML file, which the logo's path is relative to.
    static func read(_ node: YAMLNode, base: String, reader: YAMLReader) -> Brand? {
        guard let mapping = reader.mapping(node, what: "'brand'") else { return nil }
        let fields = reader.fields(mapping, known: keys)
        var brand = Brand()
        if let value = fields["logo"], let key = fields.keyNode("logo") {
            brand.logo = logo(value, key: key, base: base, reader: reader)
        }
        if let value = fields["colors"] { brand.colors = colors(value, reader: reader) }
        if let value = fields["template"], let key = fields.keyNode("template") {
            brand.template = template(value, key: key, base: base, reader: reader)
        }
        for key in ["font", "confidentiality"] {
            guard let value = fields[key], let text = reader.text(value, what: quoted(key)) else { continue }
            if text.isEmpty {
                reader.report(BrandError.empty(key: key), at: value)
                continue
            }
            if key == "font" {
                brand.font = text
                if let file = fontFile(text, at: value, base: base, reader: reader) {
                    brand.font = file.family
                    brand.fontFile = file
                }
            } else {
                brand.confidentiality = text
            }
        }
        return brand
    }

    /// The font file `font:` names (a value ending in a font file's extension), read and
    /// checked; nil for a family name, or after reporting what is wrong with the file at
    /// the value.
    private static func fontFile(_ text: String, at value: YAMLNode, base: String, reader: YAMLReader) -> BrandFontFile? {
        let extensionName = (text as NSString).pathExtension.lowercased()
        guard ["ttf", "otf", "ttc", "woff", "woff2"].contains(extensionName) else { return nil }
        let path = FilePath.resolve(text, against: base)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            reader.report(BrandError.fontMissing(path: text), at: value)
            return nil
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            reader.report(BrandError.fontUnreadable(path: text), at: value)
            return nil
        }
        reader.context.addDependency(path)
        guard extensionName == "ttf" else {
            reader.report(BrandError.fontNotTrueType(path: text, reason: .unsupported("a .\(extensionName) file")), at: value)
            return nil
        }
        do { return try BrandFontFile(path: path, source: text, bytes: bytes) } catch {
            reader.report(BrandError.fontNotTrueType(path: text, reason: error), at: value)
            return nil
        }
    }

    /// Problems with the file are reported at the `logo:` key: that is the line to fix.
    private static func logo(_ value: YAMLNode, key: YAMLNode, base: String, reader: YAMLReader) -> BrandLogo? {
        guard let relative = reader.text(value, what: "'logo'") else { return nil }
        if relative.isEmpty {
            reader.report(BrandError.empty(key: "logo"), at: key)
            return nil
        }
        let path = FilePath.resolve(relative, against: base)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            reader.report(BrandError.logoMissing(path: relative), at: key)
            return nil
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            reader.report(BrandError.logoUnreadable(path: relative), at: key)
            return nil
        }
        reader.context.addDependency(path)
        let named = BrandLogo.Format(rawValue: (relative as NSString).pathExtension.lowercased())
        guard let format = BrandLogo.sniff(bytes), format == named else {
            reader.report(BrandError.logoNotImage(path: relative), at: key)
            return nil
        }
        return BrandLogo(path: path, format: format, bytes: bytes)
    }

    /// The deck template, read whole; problems are reported at the `template:` key.
    private static func template(_ value: YAMLNode, key: YAMLNode, base: String, reader: YAMLReader) -> BrandTemplate? {
        guard let relative = reader.text(value, what: "'template'") else { return nil }
        if relative.isEmpty {
            reader.report(BrandError.empty(key: "template"), at: key)
            return nil
        }
        let path = FilePath.resolve(relative, against: base)
        switch BrandTemplate.read(path: path, named: relative, location: reader.location(key)) {
        case .success(let template):
            reader.context.addDependency(path)
            return template
        case .failure(let problem):
            reader.report(problem, at: key)
            return nil
        }
    }

    private static func colors(_ node: YAMLNode, reader: YAMLReader) -> [BrandColorRole: BrandColor] {
        guard let mapping = reader.mapping(node, what: "'colors'") else { return [:] }
        let fields = reader.fields(mapping, known: nil)
        var colors: [BrandColorRole: BrandColor] = [:]
        for entry in fields.entries {
            guard let role = BrandColorRole(rawValue: entry.key) else {
                reader.report(BrandError.unknownColorRole(entry.key), at: entry.keyNode)
                continue
            }
            guard let text = reader.text(entry.value, what: quoted(entry.key)) else { continue }
            guard let color = BrandColor(hex: text) else {
                reader.report(BrandError.notAColor(role: entry.key, text: text), at: entry.value)
                continue
            }
            let ratio = color.contrast(with: .white)
            if ratio < role.minimumContrast {
                reader.report(BrandError.lowContrast(role: role, color: color, ratio: ratio), at: entry.value)
                continue
            }
            colors[role] = color
        }
        return colors
    }
}
