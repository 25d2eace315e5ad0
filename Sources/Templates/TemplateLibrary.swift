import Diagnostics

/// Compiled templates by name (`page`, `partials/nav`), with every partial tag already
/// pointing at its template, so rendering never looks a name up.
public struct TemplateLibrary: Sendable {
    /// One template's source: its library name, the path shown in diagnostics, its text.
    public struct Source: Sendable {
        public var name: String
        public var path: String
        public var text: String

        public init(name: String, path: String, text: String) {
            self.name = name
            self.path = path
            self.text = text
        }
    }

    private let program: TemplateProgram
    private let indexByName: [String: Int]
    /// The path shown in diagnostics, by template name.
    private let pathByName: [String: String]

    /// Compiles every source; throws one diagnostic per syntax error and per partial that
    /// names no template, each at its `path:line:col`.
    public init(_ sources: [Source]) throws(DiagnosticError) {
        let sources = sources.sorted { $0.name < $1.name }
        var indexByName: [String: Int] = [:]
        for (index, source) in sources.enumerated() { indexByName[source.name] = index }
        var templates: [[TemplateNode]] = []
        var problems: [Diagnostic] = []
        var includes: [[TemplateParser.UnconditionalPartial]] = []
        var parsers: [TemplateParser] = []
        for source in sources {
            var parser = TemplateParser(text: source.text, partials: indexByName)
            do {
                templates.append(try parser.parse())
            } catch {
                let (line, column) = LineIndex(parser.bytes).lineAndColumn(of: error.offset)
                problems.append(
                    .error(
                        at: SourceLocation(path: source.path, line: line, column: column),
                        "Mustache syntax error: \(error.message)", hint: error.hint))
                templates.append([])
            }
            let lines = parser.missingPartials.isEmpty ? nil : LineIndex(parser.bytes)
            for missing in parser.missingPartials {
                let (line, column) = lines!.lineAndColumn(of: missing.offset)
                problems.append(
                    .error(
                        at: SourceLocation(path: source.path, line: line, column: column),
                        "no partial named `\(missing.name)`",
                        hint: "partials are paths under Templates/ without `.mustache`, e.g. `{{> partials/nav}}`"))
            }
            includes.append(parser.unconditionalPartials)
            parsers.append(parser)
        }
        if let cycle = Self.firstCycle(includes) {
            let start = cycle[0]
            let (line, column) = parsers[start.template].lineAndColumn(of: start.offset)
            let chain = (cycle.map { sources[$0.template].name } + [sources[start.template].name]).map { "`\($0)`" }
            problems.append(
                .error(
                    at: SourceLocation(path: sources[start.template].path, line: line, column: column),
                    "partials include each other with no section around the include: \(chain.joined(separator: " → "))",
                    hint:
                        "this would never stop rendering; put the include inside a section (`{{#children}}{{> …}}{{/children}}`) or remove it"
                ))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        program = TemplateProgram(templates)
        self.indexByName = indexByName
        pathByName = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, $0.path) })
    }

    /// The first cycle of includes that always render (outside sections), as the
    /// templates on it with the offset of each one's include of the next; nil when none.
    private static func firstCycle(_ includes: [[TemplateParser.UnconditionalPartial]]) -> [(template: Int, offset: Int)]? {
        enum Mark { case unvisited, onPath, done }
        var marks = Array(repeating: Mark.unvisited, count: includes.count)
        // Depth-first with an explicit stack of (template, next include to follow).
        for root in includes.indices where marks[root] == .unvisited {
            var path: [(template: Int, next: Int)] = [(root, 0)]
            marks[root] = .onPath
            while let (template, next) = path.last {
                guard next < includes[template].count else {
                    marks[template] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = includes[template][next].index
                switch marks[target] {
                case .onPath:
                    let start = path.firstIndex { $0.template == target }!
                    return path[start...].map { ($0.template, includes[$0.template][$0.next - 1].offset) }
                case .unvisited:
                    marks[target] = .onPath
                    path.append((target, 0))
                case .done:
                    break
                }
            }
        }
        return nil
    }

    /// Compiles templates given as name → text (tests, one-off templates).
    public init(_ texts: [String: String]) throws(DiagnosticError) {
        try self.init(texts.map { Source(name: $0.key, path: $0.key + ".mustache", text: $0.value) })
    }

    public var names: Set<String> { Set(indexByName.keys) }

    /// Template `name` rendered with `context`; nil when there is no such template.
    /// Throws when the render expands partials without end (see `TemplateRenderer`).
    public func render(_ name: String, context: TemplateObject) throws(Diagnostic) -> String? {
        try renderBytes(name, context: context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Template `name` rendered with `context` as UTF-8, for writing to a file without
    /// making a string first; nil when there is no such template.
    public func renderBytes(_ name: String, context: TemplateObject, memo: TemplateMemo? = nil) throws(Diagnostic) -> [UInt8]? {
        guard let index = indexByName[name] else { return nil }
        guard let bytes = program.render(index, context: context, memo: memo) else {
            throw Diagnostic.error(
                at: SourceLocation(path: pathByName[name] ?? name, line: 1),
                "rendering `\(name)` expanded partials more than \(TemplateRenderer.maximumPartialExpansions) times",
                hint:
                    "a partial includes itself inside a section that every level finds again; recurse over data that ends, e.g. `{{#children}}{{> node}}{{/children}}`"
            )
        }
        return bytes
    }
}
