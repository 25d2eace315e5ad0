import ByteText

/// Escapes text for HTML by scanning its UTF-8 bytes: `&`, `<`, `>`, `"` and `'` become
/// `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;` (as the engine Orgbook used before wrote
/// them); runs of other bytes are copied whole.
enum HTMLEscaping {

    /// Appends `text`, escaped, to `output`.
    static func append(_ text: String, to output: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in append(bytes, to: &output) }
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer { append($0, to: &output) }
        }
    }

    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Replacements are string literals (static storage), not shared arrays: pages are
        // escaped on every core at once, and a shared array's reference count is contended.
        var runStart = 0
        while true {
            let index = ByteScan.firstIndex(ofAnyOf: escapedBytes, in: bytes, from: runStart)
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< index])) }
            guard index < bytes.count else { return }
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: replacement = "&#39;"
            }
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            runStart = index + 1
        }
    }

    private static let escapedBytes = (UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                                       UInt8(ascii: "'"))
}
