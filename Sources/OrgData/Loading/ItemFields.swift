import Diagnostics
import OrgModel
import YAML

/// One item of a `units:` or `people:` list as both readers take it: its fields, texts
/// that note which keys held something other than text (so later checks do not report
/// them again), and where each key is.
struct ItemFields {
    public let fields: YAMLFields
    /// The item itself, where a missing key is reported.
    let here: SourceLocation
    private let reader: YAMLReader
    /// Keys whose value was not a text (already reported).
    private(set) var malformed: Set<String> = []

    /// Nil, reported, when `item` is not a mapping.
    init?(_ item: YAMLNode, what: String, known: [String], reader: YAMLReader) {
        guard let mapping = reader.mapping(item, what: what) else { return nil }
        self.reader = reader
        fields = reader.fields(mapping, known: known)
        here = reader.location(item)
    }

    /// The text under `key`; "" when absent or not a text.
    public mutating func text(_ key: String) -> String {
        guard let node = fields[key] else { return "" }
        guard let value = reader.text(node, what: quoted(key)) else {
            malformed.insert(key)
            return ""
        }
        return value
    }

    /// The texts of a list under `key` (`dotted`, `tags`), each with its node.
    public func textList(_ key: String) -> [(text: String, node: YAMLNode)] {
        fields[key].map { reader.textList($0, what: quoted(key)) } ?? []
    }

    /// Where `key` is, else where the item is.
    func place(_ key: String) -> SourceLocation { fields[key].map(reader.location) ?? here }

    public func location(_ node: YAMLNode) -> SourceLocation { reader.location(node) }
}
