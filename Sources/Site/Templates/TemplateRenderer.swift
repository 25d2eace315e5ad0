/// Renders compiled templates into one UTF-8 buffer, with a stack of context values.
///
/// Indentation of standalone partials works like the engine Orgbook used before, so
/// output stays byte for byte the same: within one rendering of a node list (a template,
/// a partial, one pass of a section), a node that writes something gets the indentation
/// first when the list's output so far ends a line. The indentation is held as pending
/// and written just before the node's first byte, so nodes never build strings of their own.
struct TemplateRenderer {
    private let templates: [[TemplateNode]]
    private var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var pendingIndentation: [UInt8]?

    init(templates: [[TemplateNode]], context: TemplateObject, capacity: Int = 32 * 1024) {
        self.templates = templates
        stack = [.object(context)]
        stack.reserveCapacity(16)
        output.reserveCapacity(capacity)
    }

    /// Everything rendered so far, as UTF-8.
    var bytes: [UInt8] { output }

    /// Renders `nodes`; `indentation` (empty for none) is the partial indentation in force.
    mutating func render(_ nodes: [TemplateNode], indentation: [UInt8]) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation) }
            return
        }
        let start = output.count
        for node in nodes {
            if output.count > start, endsLine {
                pendingIndentation = indentation
                render(node, indentation: indentation)
                pendingIndentation = nil
            } else {
                render(node, indentation: indentation)
            }
        }
    }

    /// A line feed ends a line; the old engine compared characters, so CR LF did not.
    private var endsLine: Bool {
        guard output.last == UInt8(ascii: "\n") else { return false }
        return output.count < 2 || output[output.count - 2] != UInt8(ascii: "\r")
    }

    private mutating func render(_ node: TemplateNode, indentation: [UInt8]) {
        switch node {
        case .text(let bytes):
            write(bytes)
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            switch value {
            case .text(let text): write(text, escaped: escaped)
            case .bool(let flag): write(flag ? "true" : "false", escaped: false)
            case .list, .object: write(value.literal, escaped: escaped)
            }
        case .section(let name, let inverted, let body):
            let value = lookUp(name)
            if inverted {
                renderInverted(body, value: value, indentation: indentation)
            } else {
                renderSection(body, value: value, indentation: indentation)
            }
        case .partial(let index, let extra):
            guard index >= 0 else { return }
            render(templates[index], indentation: extra.isEmpty ? indentation : indentation + extra)
        }
    }

    private mutating func renderSection(_ body: [TemplateNode], value: TemplateValue?, indentation: [UInt8]) {
        switch value {
        case nil, .bool(false):
            return
        case .bool(true):
            render(body, indentation: indentation)
        case .list(let items):
            for item in items {
                stack.append(item)
                render(body, indentation: indentation)
                stack.removeLast()
            }
        case .text, .object:
            stack.append(value!)
            render(body, indentation: indentation)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(_ body: [TemplateNode], value: TemplateValue?, indentation: [UInt8]) {
        switch value {
        case nil, .bool(false):
            render(body, indentation: indentation)
        case .list(let items) where items.isEmpty:
            // The old engine pushed the empty list, so `{{.}}` inside shows `[]`.
            stack.append(.list([]))
            render(body, indentation: indentation)
            stack.removeLast()
        default:
            return
        }
    }

    /// `name` looked up in the context stack: its first part in the innermost value that
    /// has it, the remaining parts inside that.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        switch name.scope {
        case .current:
            return stack[stack.count - 1]
        case .insideCurrent:
            return resolve(name.parts[...], in: stack[stack.count - 1])
        case .stack:
            let first = name.parts[0]
            var index = stack.count - 1
            while index >= 0 {
                if case .object(let object) = stack[index], let value = object[first] {
                    return name.parts.count == 1 ? value : resolve(name.parts.dropFirst(), in: value)
                }
                index -= 1
            }
            return nil
        }
    }

    private func resolve(_ parts: ArraySlice<String>, in value: TemplateValue) -> TemplateValue? {
        var current = value
        for part in parts {
            guard case .object(let object) = current, let child = object[part] else { return nil }
            current = child
        }
        return current
    }

    private mutating func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        flushIndentation()
        output.append(contentsOf: bytes)
    }

    private mutating func write(_ text: String, escaped: Bool) {
        guard !text.isEmpty else { return }
        flushIndentation()
        if escaped {
            HTMLEscaping.append(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }

    private mutating func flushIndentation() {
        guard let indentation = pendingIndentation else { return }
        pendingIndentation = nil
        output.append(contentsOf: indentation)
    }
}
