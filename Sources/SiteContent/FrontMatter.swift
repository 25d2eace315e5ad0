import Diagnostics
import YAML

/// The YAML block at the top of a page, between `---` lines.
public struct FrontMatter: Sendable, Hashable {
    /// `title:`, else the page's first heading names it.
    public var title: String?
    /// `description:`, for the page's meta description.
    public var description: String?
    /// `weight:` orders pages in their section, lightest first, then by title.
    public var weight: Int?
    /// `draft: true` leaves the page out unless drafts are asked for.
    public var draft: Bool = false
    /// `template:` picks a layout other than `page`.
    public var template: String?
    /// Where `template:` was written, so an unknown template is reported on its line.
    public var templateLocation: SourceLocation?
    /// Every key, including the ones above, for templates (`page.params.owner`).
    public var params: [String: YAMLValue] = [:]

    /// Empty front matter: every key at its default.
    public init() {}
}

/// A Markdown file split into its front matter and its body.
public struct SplitSource: Sendable {
    /// The parsed YAML block (empty when the file has none).
    public var frontMatter: FrontMatter
    /// The Markdown after the block.
    public var body: String
    /// Lines before the body (front matter and its delimiters), so Markdown lines map back.
    public var bodyLineOffset: Int
}

extension FrontMatter {
    /// Splits `text` and decodes its front matter. Errors point at the line in the file.
    public static func split(_ text: String, path: String) throws(Diagnostic) -> SplitSource {
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
        throw Diagnostic.error(
            at: SourceLocation(path: path, line: 1),
            "front matter starts with --- but never ends",
            hint: "add a line with --- after the last front matter line")
    }

    /// Decodes the YAML of a front matter block that starts on `firstLine` of the file.
    static func parse(_ yaml: String, path: String, firstLine: Int) throws(Diagnostic) -> FrontMatter {
        guard
            let mapping = try composeMapping(
                yaml, path: path, firstLine: firstLine, what: "front matter",
                example: "title: My page")
        else { return FrontMatter() }
        var result = FrontMatter()
        for pair in mapping.pairs {
            let (keyNode, valueNode) = (pair.key, pair.value)
            guard let key = keyNode.text else { continue }
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

    static func location(of node: YAMLNode, path: String, firstLine: Int) -> SourceLocation {
        SourceLocation(path: path, line: node.mark.line + firstLine - 1, column: node.mark.column)
    }

    /// Composes the YAML of front matter or `site.yaml` (`what`), which must be a mapping;
    /// nil when it holds no document. Errors point at `path:line:col` of the file.
    static func composeMapping(
        _ yaml: String, path: String, firstLine: Int, what: String,
        example: String
    ) throws(Diagnostic) -> YAMLMapping? {
        let node: YAMLNode?
        do {
            node = try YAMLComposer.compose(yaml)
        } catch {
            throw Diagnostic.error(
                at: SourceLocation(path: path, line: error.line + firstLine - 1, column: error.column),
                "invalid YAML in \(what): \(error.problem)",
                hint: "\(what) is YAML: `key: value` lines; quote values that contain `: ` or start with a symbol")
        }
        guard let node, !node.isNull else { return nil }
        guard case .mapping(let mapping) = node else {
            throw Diagnostic.error(
                at: location(of: node, path: path, firstLine: firstLine),
                "\(what) must be a mapping of keys to values",
                hint: "write one `key: value` per line, e.g. `\(example)`")
        }
        return mapping
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
