import CYAML

/// Composes YAML text into `YAMLNode`s from libyaml's event stream. This is the one file
/// that talks to libyaml; no libyaml pointer outlives `compose`.
///
/// Anchors and aliases are resolved (an alias is a copy of the anchored node, mark
/// included), tags are ignored (every scalar is text), and a stream must hold at most one
/// document.
///
/// Two limits keep a hostile or broken file from exhausting the machine: nesting deeper
/// than `maximumDepth` (readers walk trees recursively) and aliases that would expand to
/// more than `maximumAliasedNodes` nodes (a "billion laughs" file is a few hundred bytes
/// that expands to millions of nodes when read). Both are syntax errors at the place the
/// limit was crossed.
public enum YAMLComposer {
    /// The deepest nesting of lists and mappings accepted; real files nest a few levels.
    public static let maximumDepth = 256
    /// How many nodes all aliases of a document may stand for together.
    public static let maximumAliasedNodes = 100_000

    /// The single document in `text`, or nil when the text holds no document at all (empty,
    /// or only comments).
    public static func compose(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var text = text
        let result: Result<YAMLNode?, YAMLSyntaxError> = text.withUTF8 { bytes in
            var composer = EventComposer(bytes: bytes)
            defer { composer.close() }
            return Result { () throws(YAMLSyntaxError) in try composer.singleDocument() }
        }
        return try result.get()
    }
}

/// The libyaml parser and the composition state of one `compose` call.
private struct EventComposer {
    /// On the heap: libyaml keeps a pointer to the parser inside it (its read handler's
    /// data), so the parser must not move while it is in use.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var event = yaml_event_t()
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Each anchored node with the number of nodes it holds, so an alias adds its size.
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Nodes composed so far, the ones aliases stand for included.
    private var nodeCount = 0
    private var aliasedNodes = 0

    /// A list or mapping whose end event has not come yet.
    private struct OpenCollection {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        /// A mapping's key waiting for its value.
        var pendingKey: YAMLNode?
        var mark: YAMLMark
        var anchor: String?
        /// `nodeCount` when the collection opened, so its size is known when it closes.
        var firstNode: Int
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    func close() {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Stream start, then one document or none; a second document is an error.
    mutating func singleDocument() throws(YAMLSyntaxError) -> YAMLNode? {
        try next()  // stream start
        yaml_event_delete(&event)
        try next()
        let type = event.type
        yaml_event_delete(&event)
        guard type == YAML_DOCUMENT_START_EVENT else { return nil }  // stream end: no document
        let root = try document()
        try next()
        defer { yaml_event_delete(&event) }
        if event.type != YAML_STREAM_END_EVENT {
            throw YAMLSyntaxError(
                problem: "expected a single document in the stream, but found another document",
                line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        }
        return root
    }

    /// The events of one document's root node, up to and including the document end.
    /// Collections are built on an explicit stack, so deep nesting cannot overflow the
    /// call stack.
    private mutating func document() throws(YAMLSyntaxError) -> YAMLNode {
        var open: [OpenCollection] = []
        while true {
            try next()
            let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            var finished: YAMLNode
            var anchor: String?
            let size: Int
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE
                finished = .scalar(YAMLScalar(text: text, isPlain: isPlain, mark: mark))
                size = 1
                nodeCount += 1
                anchor = Self.string(scalar.anchor)
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    yaml_event_delete(&event)
                    throw YAMLSyntaxError(problem: "found undefined alias", line: mark.line, column: mark.column)
                }
                aliasedNodes += anchored.size
                guard aliasedNodes <= YAMLComposer.maximumAliasedNodes else {
                    yaml_event_delete(&event)
                    throw YAMLSyntaxError(
                        problem: "aliases expand to more than \(YAMLComposer.maximumAliasedNodes) nodes "
                            + "(the limit that stops alias bombs); write the repeated values out or use fewer aliases",
                        line: mark.line, column: mark.column)
                }
                finished = anchored.node
                size = anchored.size
                nodeCount += size
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let opened = Self.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                yaml_event_delete(&event)
                guard open.count < YAMLComposer.maximumDepth else {
                    throw YAMLSyntaxError(
                        problem: "lists and mappings nested more than \(YAMLComposer.maximumDepth) levels deep; "
                            + "flatten the data (org charts name a unit's parent instead of nesting it)",
                        line: mark.line, column: mark.column)
                }
                nodeCount += 1
                open.append(OpenCollection(isMapping: isMapping, mark: mark, anchor: opened, firstNode: nodeCount))
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let collection = open.removeLast()
                finished =
                    collection.isMapping
                    ? .mapping(YAMLMapping(pairs: collection.pairs, mark: collection.mark))
                    : .sequence(YAMLSequence(items: collection.items, mark: collection.mark))
                anchor = collection.anchor
                size = nodeCount - collection.firstNode + 1
            default:
                // Document end (after the root); nothing else can come here.
                yaml_event_delete(&event)
                continue
            }
            yaml_event_delete(&event)
            if let anchor { anchors[anchor] = (finished, size) }
            guard !open.isEmpty else {
                try next()  // document end
                yaml_event_delete(&event)
                return finished
            }
            let last = open.count - 1
            if !open[last].isMapping {
                open[last].items.append(finished)
            } else if let key = open[last].pendingKey {
                open[last].pairs.append(YAMLPair(key: key, value: finished))
                open[last].pendingKey = nil
            } else {
                open[last].pendingKey = finished
            }
        }
    }

    /// Parses the next event into `event`; the caller deletes it.
    private mutating func next() throws(YAMLSyntaxError) {
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// libyaml's description of the error it stopped at. A reader error (a character YAML
    /// does not allow) comes with a byte offset instead of a mark.
    private func syntaxError() -> YAMLSyntaxError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.pointee.error == YAML_READER_ERROR {
            let (line, column) = Self.lineAndColumn(ofByte: parser.pointee.problem_offset, in: bytes)
            return YAMLSyntaxError(problem: problem, line: line, column: column)
        }
        let words = [parser.pointee.context.map { String(cString: $0) }, problem].compactMap { $0 }.joined(separator: ", ")
        return YAMLSyntaxError(
            problem: words, line: Int(parser.pointee.problem_mark.line) + 1,
            column: Int(parser.pointee.problem_mark.column) + 1)
    }

    /// The 1-based line and column (in characters) of a byte offset; an offset inside a
    /// character, or past the end, counts as the start of the text.
    private static func lineAndColumn(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)?
                .samePosition(in: text)
        else { return (1, 1) }
        let prefix = text[..<index]
        let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = prefix.reversed().prefix { $0 != "\n" }.count + 1
        return (line, column)
    }
}
