import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reading the XML parts of a package someone else wrote (a PowerPoint template): the
/// elements with their attributes by local name, since prefixes are the writer's choice,
/// and relationship targets resolved to part names.
enum PackagePart {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    /// A relationship of one part: its id, its type's last segment (`slideLayout`), and the
    /// part it points to, resolved against the source part's folder.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// Every element of `data` in document order, named without its prefix (attributes keep
    /// theirs: `id` and `r:id` sit side by side on a master's id); nil when it is not
    /// well-formed XML.
    static func elements(_ data: Data) -> [Element]? {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        return parser.parse() ? collector.elements : nil
    }

    /// The relationships of `part` (from `dir/_rels/name.rels`), internal ones only; empty
    /// when the part has none.
    static func relationships(of part: String, in parts: [String: Data]) -> [Relationship] {
        let folder = (part as NSString).deletingLastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard let data = parts[relsPath], let elements = elements(data) else { return [] }
        return elements.compactMap { element in
            guard element.name == "Relationship", element.attributes["TargetMode"] != "External",
                let id = element.attributes["Id"], let type = element.attributes["Type"], let target = element.attributes["Target"]
            else { return nil }
            return Relationship(id: id, type: String(type.split(separator: "/").last ?? ""), target: resolve(target, from: folder))
        }
    }

    /// `../slideLayouts/slideLayout1.xml` from `ppt/slideMasters` → `ppt/slideLayouts/slideLayout1.xml`.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `target` as a relative path from a part in `folder` (`ppt/slides` → `../media/x.png`).
    static func relative(_ target: String, from folder: String) -> String {
        let from = folder.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: Self.local(name), attributes: attributes))
        }

        static func local(_ name: String) -> String {
            name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }
    }
}
