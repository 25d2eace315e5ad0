import Diagnostics
import Testing

@testable import Templates

/// Compiles `template` (with `partials` by name) and renders it with `context`.
enum TemplateTesting {
    static func render(_ template: String, _ context: TemplateObject = [:], partials: [String: String] = [:]) throws -> String {
        var texts = partials
        texts["main"] = template
        return try #require(try TemplateLibrary(texts).render("main", context: context))
    }

    /// The diagnostics compiling `template` (named `main`) reports.
    static func problems(_ template: String, partials: [String: String] = [:]) -> [Diagnostic] {
        var texts = partials
        texts["main"] = template
        do {
            _ = try TemplateLibrary(texts)
            return []
        } catch {
            return error.diagnostics
        }
    }
}
