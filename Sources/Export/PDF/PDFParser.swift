/// Reads PDF object syntax (ISO 32000-1 §7.2–7.3) from bytes held in an array: every
/// access is bounds-checked, so a damaged file ends in a `PDFSyntaxError`, never a crash.
/// Nesting is capped, so no file can exhaust the stack.
struct PDFParser {
    private let bytes: [UInt8]
    private(set) var position: Int
    static let maximumDepth = 64

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The value at the current position: a number, a reference, a name, a string, an
    /// array, a dictionary, a boolean or null. Any other keyword is an error.
    mutating func value(depth: Int = 0) throws(PDFSyntaxError) -> PDFValue {
        guard depth < Self.maximumDepth else { throw PDFSyntaxError(offset: position, expected: "less deeply nested values") }
        skipWhitespace()
        guard let byte = peek() else { throw PDFSyntaxError(offset: position, expected: "a value") }
        switch byte {
        case UInt8(ascii: "/"): return .name(name())
        case UInt8(ascii: "("): return .string(try literalString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try value(depth: depth + 1))
            }
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "<") { return .dictionary(try dictionary(depth: depth)) }
            return .string(try hexString())
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try numberOrReference()
        default:
            let word = keyword()
            switch word {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            case "null": return .null
            default: throw PDFSyntaxError(offset: position - word.count, expected: "a value, not `\(word)`")
            }
        }
    }

    /// A bare keyword (`obj`, `stream`, `endobj`, `trailer` …); empty when none is here.
    mutating func keyword() -> String {
        skipWhitespace()
        let start = position
        while let byte = peek(), !Self.isWhitespace(byte), !Self.isDelimiter(byte) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// `N G obj` at the current position: N, with the position after `obj`; nil (and the
    /// position unchanged) when something else is here.
    mutating func objectHeader() -> Int? {
        let start = position
        if case .integer(let number)? = try? plainNumber(), case .integer? = try? plainNumber(), keyword() == "obj" {
            return number
        }
        position = start
        return nil
    }

    /// Moves past one token of anything (used to step over what is not an object).
    mutating func skipToken() {
        let start = position
        if (try? value()) == nil {
            position = start
            if keyword().isEmpty { position = start + 1 }
        }
    }

    /// Moves past the data of a stream whose dictionary is `dictionary`, from just after
    /// the `stream` keyword to just after `endstream`.
    mutating func skipStream(_ dictionary: PDFValue) throws(PDFSyntaxError) {
        if peek() == 13 { position += 1 }
        if peek() == 10 { position += 1 }
        if let length = dictionary["Length"]?.integerValue, length >= 0, position + length <= bytes.count {
            let end = position + length
            var probe = PDFParser(bytes, at: end)
            if probe.keyword() == "endstream" {
                position = probe.position
                return
            }
        }
        // An indirect or wrong /Length: look for the keyword itself.
        guard let end = find(Array("endstream".utf8), from: position) else {
            throw PDFSyntaxError(offset: position, expected: "endstream")
        }
        position = end + "endstream".utf8.count
    }

    // MARK: - Tokens

    private mutating func dictionary(depth: Int) throws(PDFSyntaxError) -> [String: PDFValue] {
        position += 2
        var entries: [String: PDFValue] = [:]
        while true {
            skipWhitespace()
            if peek() == UInt8(ascii: ">"), peek(1) == UInt8(ascii: ">") {
                position += 2
                return entries
            }
            guard peek() == UInt8(ascii: "/") else { throw PDFSyntaxError(offset: position, expected: "a name as dictionary key or >>") }
            let key = name()
            entries[key] = try value(depth: depth + 1)
        }
    }

    /// A number, or `N G R` when two integers and `R` follow one another.
    private mutating func numberOrReference() throws(PDFSyntaxError) -> PDFValue {
        let first = try plainNumber()
        guard case .integer(let number) = first else { return first }
        let afterFirst = position
        if case .integer? = try? plainNumber() {
            var probe = self
            if probe.keyword() == "R" {
                self = probe
                return .reference(number)
            }
        }
        position = afterFirst
        return first
    }

    private mutating func plainNumber() throws(PDFSyntaxError) -> PDFValue {
        skipWhitespace()
        let start = position
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
        var digits = 0
        var isReal = false
        while let byte = peek() {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
            } else if byte == UInt8(ascii: "."), !isReal {
                isReal = true
            } else {
                break
            }
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard digits > 0, digits <= 18 else {
            position = start
            throw PDFSyntaxError(offset: start, expected: "a number")
        }
        if isReal { return .real(Double(text) ?? 0) }
        return .integer(Int(text) ?? 0)
    }

    private mutating func name() -> String {
        position += 1
        var decoded: [UInt8] = []
        while let byte = peek(), !Self.isWhitespace(byte), !Self.isDelimiter(byte) {
            if byte == UInt8(ascii: "#"), let high = peek(1).flatMap(Self.hexValue), let low = peek(2).flatMap(Self.hexValue) {
                decoded.append(high << 4 | low)
                position += 3
            } else {
                decoded.append(byte)
                position += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private mutating func literalString() throws(PDFSyntaxError) -> [UInt8] {
        let start = position
        position += 1
        var result: [UInt8] = []
        var open = 1
        while let byte = peek() {
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                open += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                open -= 1
                if open == 0 { return result }
                result.append(byte)
            case UInt8(ascii: "\\"):
                guard let escaped = peek() else { break }
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(10)
                case UInt8(ascii: "r"): result.append(13)
                case UInt8(ascii: "t"): result.append(9)
                case UInt8(ascii: "b"): result.append(8)
                case UInt8(ascii: "f"): result.append(12)
                case 13:  // a backslash at the end of a line continues the string
                    if peek() == 10 { position += 1 }
                case 10: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        guard let digit = peek(), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(digit) else { break }
                        code = code * 8 + Int(digit - UInt8(ascii: "0"))
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: code))
                default: result.append(escaped)
                }
            default: result.append(byte)
            }
        }
        throw PDFSyntaxError(offset: start, expected: "the end of a string")
    }

    private mutating func hexString() throws(PDFSyntaxError) -> [UInt8] {
        let start = position
        position += 1
        var nibbles: [UInt8] = []
        while let byte = peek() {
            position += 1
            if byte == UInt8(ascii: ">") {
                if nibbles.count % 2 == 1 { nibbles.append(0) }
                return stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
            }
            if Self.isWhitespace(byte) { continue }
            guard let nibble = Self.hexValue(byte) else { throw PDFSyntaxError(offset: position - 1, expected: "a hex digit") }
            nibbles.append(nibble)
        }
        throw PDFSyntaxError(offset: start, expected: "the end of a hex string")
    }

    // MARK: - Bytes

    mutating func skipWhitespace() {
        while let byte = peek() {
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while let next = peek(), next != 10, next != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index < bytes.count ? bytes[index] : nil
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
