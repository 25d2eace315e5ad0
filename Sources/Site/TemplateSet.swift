import Diagnostics
import Foundation
import Mustache

/// The Mustache layouts and partials of `Templates/`, parsed once. Names are paths without
/// the extension: `page`, `partials/nav`.
struct TemplateSet: Sendable {
    var library: MustacheLibrary
    var names: Set<String>
    /// Content-relative paths of the files under `Templates/assets/`.
    var assets: [String]

    static let assetsFolder = "assets"

    /// Loads every `.mustache` file under `directory`; reports every syntax error and every
    /// partial that does not exist, each with its file and line.
    static func load(from directory: URL) throws(DiagnosticError) -> TemplateSet {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(.error(at: nil, "the templates folder \(SourceFile.displayPath(for: directory)) does not exist",
                                         hint: "pass --templates PATH, or run `orgbook new DIR` for a site with templates"))
        }
        let prefix = root.path + "/"
        var sources: [(name: String, path: String, text: String)] = []
        var assets: [String] = []
        var problems: [Diagnostic] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            if relative.hasPrefix(assetsFolder + "/") { assets.append(String(relative.dropFirst(assetsFolder.count + 1))); continue }
            guard relative.hasSuffix(".mustache") else { continue }
            let display = SourceFile.displayPath(for: url)
            do {
                sources.append((String(relative.dropLast(".mustache".count)), display, try SourceFile.readText(at: url, displayPath: display)))
            } catch {
                problems.append(error)
            }
        }
        sources.sort { $0.name < $1.name }
        var library = MustacheLibrary()
        let names = Set(sources.map(\.name))
        for source in sources {
            do {
                library.register(try MustacheTemplate(string: source.text), named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(at: SourceLocation(path: source.path, line: error.context.lineNumber, column: error.context.columnNumber),
                                       "Mustache syntax error: \(describe(error.error))",
                                       hint: "check that every {{#section}} has a matching {{/section}} and every tag is closed"))
            } catch {
                problems.append(.error(at: SourceLocation(path: source.path, line: 1), "Mustache syntax error: \(error)"))
            }
            problems += missingPartials(in: source.text, path: source.path, names: names)
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return TemplateSet(library: library, names: names, assets: assets.sorted())
    }

    /// `{{> name}}` tags naming a template that does not exist (swift-mustache would render
    /// them as nothing, hiding the mistake).
    private static func missingPartials(in text: String, path: String, names: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !names.contains(name) {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    problems.append(.error(at: SourceLocation(path: path, line: index + 1, column: column),
                                           "no partial named `\(name)`",
                                           hint: "partials are paths under Templates/ without `.mustache`, e.g. `{{> partials/nav}}`"))
                }
                rest = rest[close.upperBound...]
            }
        }
        return problems
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "an inheritance section holds a tag it may not"
        case .textInsideInheritSection: return "an inheritance section holds text"
        case .invalidConfigVariableSyntax: return "a config tag is malformed"
        case .unrecognisedConfigVariable: return "a config tag names an unknown setting"
        @unknown default: return "\(error)"
        }
    }

    func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
