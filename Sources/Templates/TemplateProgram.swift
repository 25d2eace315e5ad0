/// The library's templates flattened into plain instructions over one byte arena.
///
/// Every page renders through the same compiled templates on every core. As a tree of
/// Swift values, each node read while rendering retained and released shared storage,
/// and those reference counts bounced between the cores' caches; instructions, names
/// and text here are plain values read through unsafe buffers, so rendering touches no
/// shared reference count.
struct TemplateProgram: Sendable {
    enum Opcode: UInt8, Sendable {
        /// `bytes[first ..< first + second]`.
        case text
        /// The value of name `first`, HTML-escaped.
        case escapedVariable
        /// The value of name `first`, as it is.
        case rawVariable
        /// Instructions `index + 1 ..< second` under name `first`.
        case section
        /// As `section`, rendered when the value is missing, false or empty.
        case invertedSection
        /// Template `first` (-1: none), indented by `bytes[second ..< second + third]`.
        case partial
    }

    struct Instruction: Sendable {
        var opcode: Opcode
        var first: Int32
        var second: Int32 = 0
        var third: Int32 = 0
    }

    /// A name as its scope and its parts, each part a range of `bytes`.
    struct Name: Sendable {
        var scope: TemplateName.Scope
        var firstPart: Int32
        var partCount: Int32
    }

    private(set) var instructions: [Instruction] = []
    private(set) var bytes: [UInt8] = []
    private(set) var names: [Name] = []
    /// Every name part: where it is in `bytes`, and its `TemplateObject.KeyCode`.
    private(set) var parts: [Part] = []

    struct Part: Sendable {
        var start: Int32
        var length: Int32
        var code: UInt64
    }
    /// Template i is `instructions[templateStart[i] ..< templateEnd[i]]`.
    private(set) var templateStart: [Int32] = []
    private(set) var templateEnd: [Int32] = []

    init(_ templates: [[TemplateNode]]) {
        for nodes in templates {
            templateStart.append(Int32(instructions.count))
            append(nodes)
            templateEnd.append(Int32(instructions.count))
        }
    }

    private mutating func append(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let text):
                instructions.append(Instruction(opcode: .text, first: store(text), second: Int32(text.count)))
            case .variable(let name, let escaped):
                instructions.append(Instruction(opcode: escaped ? .escapedVariable : .rawVariable, first: store(name)))
            case .section(let name, let inverted, let body):
                let index = instructions.count
                instructions.append(Instruction(opcode: inverted ? .invertedSection : .section, first: store(name)))
                append(body)
                instructions[index].second = Int32(instructions.count)
            case .partial(let template, let indentation):
                instructions.append(
                    Instruction(
                        opcode: .partial, first: Int32(template), second: store(indentation),
                        third: Int32(indentation.count)))
            }
        }
    }

    private mutating func store(_ text: [UInt8]) -> Int32 {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text)
        return start
    }

    private mutating func store(_ name: TemplateName) -> Int32 {
        let firstPart = Int32(parts.count)
        for part in name.parts {
            parts.append(Part(start: store(Array(part.utf8)), length: Int32(part.utf8.count), code: TemplateObject.KeyCode.of(part)))
        }
        names.append(Name(scope: name.scope, firstPart: firstPart, partCount: Int32(name.parts.count)))
        return Int32(names.count - 1)
    }

    /// Template `index` rendered with `context`; `memo` keeps what reused list items rendered to.
    /// Template `index` rendered with `context`; nil when it expanded more partials than a
    /// render may (`TemplateRenderer.maximumPartialExpansions`).
    func render(_ index: Int, context: TemplateObject, memo: TemplateMemo? = nil) -> [UInt8]? {
        instructions.withUnsafeBufferPointer { instructions in
            bytes.withUnsafeBufferPointer { bytes in
                names.withUnsafeBufferPointer { names in
                    parts.withUnsafeBufferPointer { parts in
                        templateStart.withUnsafeBufferPointer { starts in
                            templateEnd.withUnsafeBufferPointer { ends in
                                var renderer = TemplateRenderer(
                                    code: .init(
                                        instructions: instructions, bytes: bytes, names: names, parts: parts,
                                        templateStart: starts, templateEnd: ends),
                                    context: context, memo: memo)
                                renderer.render(Int(starts[index])..<Int(ends[index]), indentation: [])
                                return renderer.exceededLimit ? nil : renderer.bytes
                            }
                        }
                    }
                }
            }
        }
    }
}
