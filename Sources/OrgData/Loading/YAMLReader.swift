import ByteText
import Diagnostics
import OrgModel
import YAML

/// Reads a composed YAML tree with positions: every node keeps its mark, so each
/// diagnostic points at the line and column of the file (or Markdown fence) it came from.
/// Type mistakes are reported to the context and the reader answers nil, so decoding goes
/// on and finds every problem in one run.
public struct YAMLReader {
    public let map: SourceMap
    public let context: LoadContext

    public init(map: SourceMap, context: LoadContext) {
        self.map = map
        self.context = context
    }

    /// Composes `text` into a node tree; a syntax error (or an empty text) is reported at
    /// its line and the answer is nil.
    public static func compose(_ text: String, map: SourceMap, context: LoadContext) -> YAMLNode? {
        do {
            guard let node = try YAMLComposer.compose(text) else {
                context.report(DataFormatError.emptyDocument, at: map.origin)
                return nil
            }
            return node
        } catch {
            context.report(
                DataFormatError.yamlSyntax(problem: error.problem),
                at: map.location(line: error.line, column: error.column))
            return nil
        }
    }

    public func location(_ node: YAMLNode) -> SourceLocation {
        let mark = node.mark
        return map.location(line: mark.line, column: mark.column)
    }

    public func report(_ problem: some OrgDataProblem, at node: YAMLNode) {
        context.report(problem, at: location(node))
    }

    /// "a list", "a mapping", "a text" or "empty", for type-mismatch messages.
    public static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.isNull ? "empty" : "a text"
        }
    }

    // In the readers below, `what` names the value for a message: an autoclosure, so the
    // text is only built when there is a problem to report (not once per unit field).

    public func mapping(_ node: YAMLNode, what: @autoclosure () -> String) -> YAMLMapping? {
        if case .mapping(let mapping) = node { return mapping }
        report(DataFormatError.wrongType(what: what(), expected: "a mapping (key: value lines)", found: Self.describe(node)), at: node)
        return nil
    }

    /// The items of a list; an empty value counts as an empty list.
    public func sequence(_ node: YAMLNode, what: @autoclosure () -> String) -> [YAMLNode]? {
        if case .sequence(let sequence) = node { return sequence.items }
        if node.isNull { return [] }
        report(DataFormatError.wrongType(what: what(), expected: "a list (lines starting with '- ')", found: Self.describe(node)), at: node)
        return nil
    }

    /// A scalar as text, exactly as written (so `Yes` stays "Yes" and `007` stays "007");
    /// an empty value is "". Numbers and booleans are accepted as their text.
    public func text(_ node: YAMLNode, what: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(DataFormatError.wrongType(what: what(), expected: "a text", found: Self.describe(node)), at: node)
            return nil
        }
        return scalar.isNull ? "" : scalar.text.trimmingWhitespace
    }

    /// A `link:` value: text that the URL policy allows (nil, reported, when it does not;
    /// nil when empty).
    public func link(_ node: YAMLNode, what: @autoclosure () -> String) -> String? {
        guard let url = text(node, what: what()), !url.isEmpty else { return nil }
        if URLPolicy.isDangerous(url) {
            report(DataFormatError.unsafeLink(url: url), at: node)
            return nil
        }
        return url
    }

    /// One text or a list of texts (as in `dotted: cfo` or `dotted: [cfo, cio]`), each with
    /// its node for positions.
    public func textList(_ node: YAMLNode, what: @autoclosure () -> String) -> [(text: String, node: YAMLNode)] {
        if case .sequence(let sequence) = node {
            return sequence.items.compactMap { item in text(item, what: "each item of \(what())").map { ($0, item) } }
        }
        guard let single = text(node, what: what()) else { return [] }
        return single.isEmpty ? [] : [(single, node)]
    }

    /// The keys of a mapping, checked: unknown keys are warned about (naming the known
    /// ones; nil accepts any key), repeated keys and non-text keys are errors.
    public func fields(_ mapping: YAMLMapping, known: [String]?) -> YAMLFields {
        var fields = YAMLFields(capacity: mapping.pairs.count)
        for pair in mapping.pairs {
            guard case .scalar(let scalar) = pair.key else {
                report(DataFormatError.wrongType(what: "a key", expected: "a text", found: Self.describe(pair.key)), at: pair.key)
                continue
            }
            let key = scalar.text
            if fields.contains(key) {
                report(DataFormatError.duplicateKey(key: key), at: pair.key)
                continue
            }
            if let known, !known.contains(key) {
                report(DataFormatError.unknownKey(key: key, known: known), at: pair.key)
            }
            fields.append(key: key, keyNode: pair.key, value: pair.value)
        }
        return fields
    }
}
