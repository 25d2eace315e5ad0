import Diagnostics
import Yams

/// Reads a composed YAML tree with positions: every node keeps Yams's `mark`, so each
/// diagnostic points at the line and column of the file (or Markdown fence) it came from.
/// Type mistakes are reported to the context and the reader answers nil, so decoding goes
/// on and finds every problem in one run.
struct YAMLReader {
    let map: SourceMap
    let context: LoadContext

    /// Composes `text` into a node tree; a syntax error (or an empty text) is reported at
    /// its line and the answer is nil.
    static func compose(_ text: String, map: SourceMap, context: LoadContext) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                context.report(DataFormatError.emptyDocument, at: map.origin)
                return nil
            }
            return node
        } catch let error as YamlError {
            context.append(syntaxDiagnostic(error, text: text, map: map))
        } catch {
            context.report(DataFormatError.yamlSyntax(problem: "\(error)"), at: map.origin)
        }
        return nil
    }

    private static func syntaxDiagnostic(_ error: YamlError, text: String, map: SourceMap) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let words = [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
            return DataFormatError.yamlSyntax(problem: words)
                .diagnostic(at: map.location(line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            let prefix = text.prefix(offset ?? 0)
            let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = prefix.reversed().prefix { $0 != "\n" }.count + 1
            return DataFormatError.yamlSyntax(problem: problem).diagnostic(at: map.location(line: line, column: column))
        default:
            return DataFormatError.yamlSyntax(problem: "\(error)").diagnostic(at: map.origin)
        }
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return map.origin }
        return map.location(line: mark.line, column: mark.column)
    }

    func report(_ problem: some OrgDataProblem, at node: Node) {
        context.report(problem, at: location(node))
    }

    /// "a list", "a mapping", "a text" or "empty", for type-mismatch messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: isNull(node) ? "empty" : "a text"
        }
    }

    /// A plain `~`, `null` or nothing at all: YAML's way of leaving a value out.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func mapping(_ node: Node, what: String) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        report(DataFormatError.wrongType(what: what, expected: "a mapping (key: value lines)", found: Self.describe(node)), at: node)
        return nil
    }

    /// The items of a list; an empty value counts as an empty list.
    func sequence(_ node: Node, what: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        if Self.isNull(node) { return [] }
        report(DataFormatError.wrongType(what: what, expected: "a list (lines starting with '- ')", found: Self.describe(node)), at: node)
        return nil
    }

    /// A scalar as text, exactly as written (so `Yes` stays "Yes" and `007` stays "007");
    /// an empty value is "". Numbers and booleans are accepted as their text.
    func text(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(DataFormatError.wrongType(what: what, expected: "a text", found: Self.describe(node)), at: node)
            return nil
        }
        return Self.isNull(node) ? "" : scalar.string.trimmingWhitespace
    }

    /// One text or a list of texts (as in `dotted: cfo` or `dotted: [cfo, cio]`), each with
    /// its node for positions.
    func textList(_ node: Node, what: String) -> [(text: String, node: Node)] {
        if case .sequence(let items) = node {
            return items.compactMap { item in text(item, what: "each item of \(what)").map { ($0, item) } }
        }
        guard let single = text(node, what: what) else { return [] }
        return single.isEmpty ? [] : [(single, node)]
    }

    /// The keys of a mapping, checked: unknown keys are warned about (naming the known
    /// ones; nil accepts any key), repeated keys and non-text keys are errors.
    func fields(_ mapping: Node.Mapping, known: [String]?) -> YAMLFields {
        var fields = YAMLFields()
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                report(DataFormatError.wrongType(what: "a key", expected: "a text", found: Self.describe(keyNode)), at: keyNode)
                continue
            }
            let key = scalar.string
            if fields.entries[key] != nil {
                report(DataFormatError.duplicateKey(key: key), at: keyNode)
                continue
            }
            if let known, !known.contains(key) {
                report(DataFormatError.unknownKey(key: key, known: known), at: keyNode)
            }
            fields.entries[key] = (keyNode, value)
            fields.order.append(key)
        }
        return fields
    }
}

/// The entries of one mapping by key, with the key nodes kept for positions.
struct YAMLFields {
    var entries: [String: (key: Node, value: Node)] = [:]
    /// Keys in the order written.
    var order: [String] = []

    subscript(key: String) -> Node? { entries[key]?.value }
    func keyNode(_ key: String) -> Node? { entries[key]?.key }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (block scalars end in one).
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
