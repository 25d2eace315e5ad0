import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses markup as XML, so tests assert on the tree rather than on substrings.
enum XMLCheck {
    static func parse(_ text: String) throws -> XMLDocument {
        try XMLDocument(xmlString: text, options: [])
    }

    /// Parses an HTML fragment that must also be well-formed XML (what Orgbook writes).
    static func parseFragment(_ html: String) throws -> XMLDocument {
        try XMLDocument(xmlString: "<root>" + html + "</root>", options: [])
    }

    static func nodes(_ doc: XMLNode, _ xpath: String) throws -> [XMLElement] {
        try doc.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    static func classes(_ e: XMLElement) -> Set<String> {
        Set((XMLCheck.attr(e, "class") ?? "").split(separator: " ").map(String.init))
    }
}

extension XMLCheck {
    /// An attribute's value (FoundationXML's `attribute(forName:)` misses attributes of
    /// elements in a default namespace, as SVG elements are).
    static func attr(_ e: XMLElement, _ name: String) -> String? {
        e.attributes?.first { $0.name == name }?.stringValue
    }
}
