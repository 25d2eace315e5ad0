import ByteText

/// Renders compiled templates into one UTF-8 buffer, with a stack of context values.
///
/// Indentation of standalone partials (layouts rely on it byte for byte): within one rendering of a node list (a template,
/// a partial, one pass of a section), a node that writes something gets the indentation
/// first when the list's output so far ends a line. The indentation is held as pending
/// and written just before the node's first byte, so nodes never build strings of their own.
struct TemplateRenderer {
    /// The program being run, seen through unsafe buffers for the length of one render.
    struct Code {
        var instructions: UnsafeBufferPointer<TemplateProgram.Instruction>
        var bytes: UnsafeBufferPointer<UInt8>
        var names: UnsafeBufferPointer<TemplateProgram.Name>
        var parts: UnsafeBufferPointer<TemplateProgram.Part>
        var templateStart: UnsafeBufferPointer<Int32>
        var templateEnd: UnsafeBufferPointer<Int32>

        func text(_ start: Int32, _ length: Int32) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(start + length)])
        }

        func part(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            text(parts[index].start, parts[index].length)
        }

        /// The value of part `index` of a name in `object`.
        func value(ofPart index: Int, in object: TemplateObject) -> TemplateValue? {
            object.value(forKey: part(index), code: parts[index].code)
        }
    }

    private let code: Code
    private var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var pendingIndentation: [UInt8]?
    private let memo: TemplateMemo?
    /// The lowest stack level a name was looked up in (or through, when not found) since
    /// this was last reset: an item whose rendering read nothing below its own level
    /// renders the same bytes whatever contains it.
    private var lowestLevelRead = Int.max
    /// Partials being rendered inside one another, at most `maximumPartialDepth`.
    private var partialDepth = 0
    static let maximumPartialDepth = 100
    /// Partials a single render may expand in all: recursion through a section whose value
    /// every level finds again, with two includes a level, doubles its work at each of the
    /// 100 levels. Real layouts expand a few hundred (a nav item per page entry).
    static let maximumPartialExpansions = 50_000
    private var partialExpansions = 0
    /// Set when the render stopped at `maximumPartialExpansions`; the output is incomplete.
    private(set) var exceededLimit = false

    init(code: Code, context: TemplateObject, memo: TemplateMemo? = nil, capacity: Int = 32 * 1024) {
        self.code = code
        self.memo = memo
        stack = [.object(context)]
        stack.reserveCapacity(16)
        output.reserveCapacity(capacity)
    }

    /// Everything rendered so far, as UTF-8.
    var bytes: [UInt8] { output }

    /// Renders the instructions in `range`, one list of nodes; `indentation` (empty for
    /// none) is the partial indentation in force.
    mutating func render(_ range: Range<Int>, indentation: [UInt8]) {
        var index = range.lowerBound
        let start = output.count
        while index < range.upperBound, !exceededLimit {
            if !indentation.isEmpty, output.count > start, endsLine {
                pendingIndentation = indentation
                index = render(at: index, indentation: indentation)
                pendingIndentation = nil
            } else {
                index = render(at: index, indentation: indentation)
            }
        }
    }

    /// A line feed ends a line; CR LF (one Character in Swift) does not, so templates with
    /// Windows line ends keep their indentation as they always had.
    private var endsLine: Bool {
        guard output.last == UInt8(ascii: "\n") else { return false }
        return output.count < 2 || output[output.count - 2] != UInt8(ascii: "\r")
    }

    /// Renders the node at `index`; returns the index of the node after it.
    private mutating func render(at index: Int, indentation: [UInt8]) -> Int {
        let instruction = code.instructions[index]
        switch instruction.opcode {
        case .text:
            write(code.text(instruction.first, instruction.second))
        case .escapedVariable, .rawVariable:
            let escaped = instruction.opcode == .escapedVariable
            guard let value = lookUp(Int(instruction.first)) else { break }
            switch value {
            case .text(let text): write(text, escaped: escaped)
            case .utf8Text(let bytes): write(bytes, escaped: escaped)
            case .bool(let flag): write(flag ? "true" : "false", escaped: false)
            case .list, .object: write(value.literal, escaped: escaped)
            }
        case .section, .invertedSection:
            let body = (index + 1)..<Int(instruction.second)
            let value = lookUp(Int(instruction.first))
            if instruction.opcode == .invertedSection {
                renderInverted(body, value: value, indentation: indentation)
            } else {
                renderSection(body, value: value, indentation: indentation)
            }
            return body.upperBound
        case .partial:
            let template = Int(instruction.first)
            guard template >= 0 else { break }
            let extra = code.text(instruction.second, instruction.third)
            let range = Int(code.templateStart[template])..<Int(code.templateEnd[template])
            // Includes that always render in a cycle are refused when templates load; a
            // cycle through sections stops when its data does, or here.
            guard partialDepth < Self.maximumPartialDepth else { break }
            partialExpansions += 1
            guard partialExpansions <= Self.maximumPartialExpansions else {
                exceededLimit = true
                break
            }
            partialDepth += 1
            render(range, indentation: extra.isEmpty ? indentation : indentation + extra)
            partialDepth -= 1
        }
        return index + 1
    }

    private mutating func renderSection(_ body: Range<Int>, value: TemplateValue?, indentation: [UInt8]) {
        switch value {
        case nil, .bool(false):
            return
        case .bool(true):
            render(body, indentation: indentation)
        case .list(let items):
            for item in items {
                if let memo, case .object(let object) = item, object.isReused {
                    renderReused(object, body: body, indentation: indentation, memo: memo)
                    continue
                }
                stack.append(item)
                render(body, indentation: indentation)
                stack.removeLast()
            }
        case .text, .utf8Text, .object:
            stack.append(value!)
            render(body, indentation: indentation)
            stack.removeLast()
        }
    }

    /// A list item other pages render too: copied from `memo` when it was rendered before
    /// in the same place, else rendered and, when nothing outside it was read, remembered.
    private mutating func renderReused(_ item: TemplateObject, body: Range<Int>, indentation: [UInt8], memo: TemplateMemo) {
        let key = TemplateMemo.Key(
            body: Int32(body.lowerBound), item: item.reuseID, indentation: indentation,
            pending: pendingIndentation, afterCarriageReturn: output.last == UInt8(ascii: "\r"))
        if let bytes = memo.bytes(for: key) {
            // Rendering wrote the pending indentation with its first byte.
            if !bytes.isEmpty { pendingIndentation = nil }
            output.append(contentsOf: bytes)
            return
        }
        let start = output.count
        let outerLowest = lowestLevelRead
        lowestLevelRead = Int.max
        stack.append(.object(item))
        let level = stack.count - 1
        render(body, indentation: indentation)
        stack.removeLast()
        if lowestLevelRead >= level { memo.remember(Array(output[start...]), for: key) }
        lowestLevelRead = min(outerLowest, lowestLevelRead)
    }

    private mutating func renderInverted(_ body: Range<Int>, value: TemplateValue?, indentation: [UInt8]) {
        switch value {
        case nil, .bool(false):
            render(body, indentation: indentation)
        case .list(let items) where items.isEmpty:
            // The empty list is pushed, so `{{.}}` inside shows `[]`.
            stack.append(.list([]))
            render(body, indentation: indentation)
            stack.removeLast()
        default:
            return
        }
    }

    /// Name `index` looked up in the context stack: its first part in the innermost value
    /// that has it, the remaining parts inside that.
    private mutating func lookUp(_ index: Int) -> TemplateValue? {
        let name = code.names[index]
        let parts = Int(name.firstPart)..<Int(name.firstPart + name.partCount)
        switch name.scope {
        case .current:
            return stack[stack.count - 1]
        case .insideCurrent:
            return resolve(parts, in: stack[stack.count - 1])
        case .stack:
            var level = stack.count - 1
            while level >= 0 {
                if case .object(let object) = stack[level], let value = code.value(ofPart: parts.lowerBound, in: object) {
                    lowestLevelRead = min(lowestLevelRead, level)
                    return parts.count == 1 ? value : resolve(parts.dropFirst(), in: value)
                }
                level -= 1
            }
            lowestLevelRead = 0
            return nil
        }
    }

    private func resolve(_ parts: Range<Int>, in value: TemplateValue) -> TemplateValue? {
        var current = value
        for part in parts {
            guard case .object(let object) = current, let child = code.value(ofPart: part, in: object) else { return nil }
            current = child
        }
        return current
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        flushIndentation()
        output.append(contentsOf: bytes)
    }

    private mutating func write(_ bytes: [UInt8], escaped: Bool) {
        guard !bytes.isEmpty else { return }
        flushIndentation()
        if escaped {
            bytes.withUnsafeBufferPointer { MarkupEscaping.append($0, to: &output) }
        } else {
            output.append(contentsOf: bytes)
        }
    }

    private mutating func write(_ text: String, escaped: Bool) {
        guard !text.isEmpty else { return }
        flushIndentation()
        if escaped {
            MarkupEscaping.append(text, to: &output)
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
