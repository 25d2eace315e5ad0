import Diagnostics

/// Compiled templates by name (`page`, `partials/nav`), with every partial tag already
/// pointing at its template, so rendering never looks a name up.
struct TemplateLibrary: Sendable {
    /// One template's source: its library name, the path shown in diagnostics, its text.
    struct Source: Sendable {
        var name: String
        var path: String
        var text: String
    }

    private let program: TemplateProgram
    private let indexByName: [String: Int]

    /// Compiles every source; throws one diagnostic per syntax error and per partial that
    /// names no template, each at its `path:line:col`.
    init(_ sources: [Source]) throws(DiagnosticError) {
        let sources = sources.sorted { $0.name < $1.name }
        var indexByName: [String: Int] = [:]
        for (index, source) in sources.enumerated() { indexByName[source.name] = index }
        var templates: [[TemplateNode]] = []
        var problems: [Diagnostic] = []
        for source in sources {
            var parser = TemplateParser(text: source.text, partials: indexByName)
            do {
                templates.append(try parser.parse())
            } catch {
                let (line, column) = parser.lineAndColumn(of: error.offset)
                problems.append(.error(at: SourceLocation(path: source.path, line: line, column: column),
                                       "Mustache syntax error: \(error.message)", hint: error.hint))
                templates.append([])
            }
            for missing in parser.missingPartials {
                let (line, column) = parser.lineAndColumn(of: missing.offset)
                problems.append(.error(at: SourceLocation(path: source.path, line: line, column: column),
                                       "no partial named `\(missing.name)`",
                                       hint: "partials are paths under Templates/ without `.mustache`, e.g. `{{> partials/nav}}`"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        program = TemplateProgram(templates)
        self.indexByName = indexByName
    }

    /// Compiles templates given as name → text (tests, one-off templates).
    init(_ texts: [String: String]) throws(DiagnosticError) {
        try self.init(texts.map { Source(name: $0.key, path: $0.key + ".mustache", text: $0.value) })
    }

    var names: Set<String> { Set(indexByName.keys) }

    /// Template `name` rendered with `context`; nil when there is no such template.
    func render(_ name: String, context: TemplateObject) -> String? {
        renderBytes(name, context: context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Template `name` rendered with `context` as UTF-8, for writing to a file without
    /// making a string first; nil when there is no such template.
    func renderBytes(_ name: String, context: TemplateObject, memo: TemplateMemo? = nil) -> [UInt8]? {
        guard let index = indexByName[name] else { return nil }
        return program.render(index, context: context, memo: memo)
    }
}
