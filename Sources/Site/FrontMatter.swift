import Diagnostics
import Yams

/// The YAML block at the top of a page, between `---` lines.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var description: String?
    public var weight: Int?
    public var draft: Bool = false
    public var template: String?
    /// Where `template:` was written, so an unknown template is reported on its line.
    public var templateLocation: SourceLocation?
    /// Every key, including the ones above, for templates (`page.params.owner`).
    public var params: [String: YAMLValue] = [:]

    public init() {}
}

/// A Markdown file split into its front matter and its body.
struct SplitSource: Sendable {
    var frontMatter: FrontMatter
    var body: String
    /// Lines before the body (front matter and its delimiters), so Markdown lines map back.
    var bodyLineOffset: Int
}

extension FrontMatter {
    /// Splits `text` and decodes its front matter. Errors point at the line in the file.
    static func split(_ text: String, path: String) throws(Diagnostic) -> SplitSource {
        // Only the front matter's lines are visited; the body is one slice of `text`.
        // Lines end at "\n" but not at "\r\n" (one Character in Swift, which the
        // Character-based splitting this replaces never split at).
        var lines = LineCursor(text)
        guard let first = lines.next(), first.line.trimmingTrailingSpace == "---" else {
            return SplitSource(frontMatter: FrontMatter(), body: text, bodyLineOffset: 0)
        }
        let yamlStart = first.next ?? text.endIndex
        var count = 0
        while let current = lines.next() {
            if current.line.trimmingTrailingSpace == "---" || current.line.trimmingTrailingSpace == "..." {
                let yaml = count == 0 ? "" : String(text[yamlStart..<text.utf8.index(before: current.line.startIndex)])
                let body = current.next.map { String(text[$0...]) } ?? ""
                let frontMatter = try parse(yaml, path: path, firstLine: 2)
                return SplitSource(frontMatter: frontMatter, body: body, bodyLineOffset: count + 2)
            }
            count += 1
        }
        throw Diagnostic.error(at: SourceLocation(path: path, line: 1),
                               "front matter starts with --- but never ends",
                               hint: "add a line with --- after the last front matter line")
    }

    /// Decodes the YAML of a front matter block that starts on `firstLine` of the file.
    static func parse(_ yaml: String, path: String, firstLine: Int) throws(Diagnostic) -> FrontMatter {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw yamlDiagnostic(error, path: path, firstLine: firstLine)
        }
        guard let node else { return FrontMatter() }
        guard case .mapping(let mapping) = node else {
            throw Diagnostic.error(at: location(of: node, path: path, firstLine: firstLine),
                                   "front matter must be a mapping of keys to values",
                                   hint: "write one `key: value` per line, e.g. `title: My page`")
        }
        var result = FrontMatter()
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            let value = YAMLValue(node: valueNode)
            result.params[key] = value
            let here = location(of: valueNode, path: path, firstLine: firstLine)
            switch key {
            case "title": result.title = try expectText(value, key: key, at: here)
            case "description": result.description = try expectText(value, key: key, at: here)
            case "template":
                result.template = try expectText(value, key: key, at: here)
                result.templateLocation = here
            case "weight":
                guard case .int(let weight) = value else {
                    throw Diagnostic.error(at: here, "`weight` must be a whole number", hint: "write e.g. `weight: 10`")
                }
                result.weight = weight
            case "draft":
                guard case .bool(let draft) = value else {
                    throw Diagnostic.error(at: here, "`draft` must be true or false", hint: "write `draft: true` or remove the key")
                }
                result.draft = draft
            default: break
            }
        }
        return result
    }

    private static func expectText(_ value: YAMLValue, key: String, at location: SourceLocation) throws(Diagnostic) -> String {
        guard let text = value.text else {
            throw Diagnostic.error(at: location, "`\(key)` must be text", hint: "write e.g. `\(key): Some text`")
        }
        return text
    }

    private static func location(of node: Node, path: String, firstLine: Int) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(path: path, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 1)
    }

    /// Maps a Yams error to `path:line:col` in the Markdown file.
    static func yamlDiagnostic(_ error: any Error, path: String, firstLine: Int) -> Diagnostic {
        let hint = "front matter is YAML: `key: value` lines; quote values that contain `: ` or start with a symbol"
        guard let yamlError = error as? YamlError else {
            return .error(at: SourceLocation(path: path, line: firstLine), "invalid front matter: \(error)", hint: hint)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(at: SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column),
                          "invalid YAML in front matter: \(what)", hint: hint)
        default:
            return .error(at: SourceLocation(path: path, line: firstLine), "invalid YAML in front matter: \(yamlError)", hint: hint)
        }
    }
}

/// Walks the lines of a text without copying it: each line, and where the next one starts
/// (nil after the last line).
private struct LineCursor {
    let text: String
    var position: String.Index?

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> (line: Substring, next: String.Index?)? {
        guard let start = position else { return nil }
        let bytes = text.utf8
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n"), index == start || bytes[bytes.index(before: index)] != UInt8(ascii: "\r") {
                position = bytes.index(after: index)
                return (text[start..<index], position)
            }
            index = bytes.index(after: index)
        }
        position = nil
        return (text[start...], nil)
    }
}

private extension Substring {
    var trimmingTrailingSpace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
        return result
    }
}
