/// A request path taken apart and checked before it goes anywhere near the file system.
///
/// Decoding is done exactly once, per segment, so an encoded slash (`%2f`) can never join
/// two segments and a double-encoded dot (`%252e`) can never turn into `..` later. Anything
/// a static site generator would never link to — dot segments, backslashes, NUL and other
/// control characters, leftover percent escapes, invalid UTF-8 — is refused outright.
struct RequestPath: Equatable, Sendable {
    /// Why a path was refused.
    enum Rejection: Error, Equatable {
        /// Not a path we can read: bad percent escape, invalid UTF-8, forbidden character.
        case malformed
        /// A `.` or `..` segment, in any encoding: an attempt to climb out of the site.
        case traversal
        /// A segment naming a hidden file (`.git`, `.DS_Store`): never served.
        case hidden
    }

    /// Decoded segments, empty ones dropped (`/a//b` is `["a", "b"]`).
    let segments: [String]
    /// Segments as they came, still percent-encoded, for building a redirect `Location`.
    let encodedSegments: [String]
    /// Whether the path ends with `/` (or is the root), which asks for a folder's index.
    let namesFolder: Bool

    /// Parses the path part of a request target (the query, if any, is ignored).
    init(_ raw: String) throws(Rejection) {
        var path = Substring(raw)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            path = path[..<end]
        }
        guard path.first == "/" else { throw .malformed }
        var segments: [String] = []
        var encoded: [String] = []
        for piece in path.split(separator: "/", omittingEmptySubsequences: true) {
            let decoded = try Self.decode(piece)
            if decoded == "." || decoded == ".." { throw .traversal }
            if decoded.hasPrefix(".") { throw .hidden }
            segments.append(decoded)
            encoded.append(String(piece))
        }
        self.segments = segments
        self.encodedSegments = encoded
        self.namesFolder = segments.isEmpty || path.hasSuffix("/")
    }

    /// The site-relative path, `a/b/c.html`, without a leading slash.
    var relativePath: String { segments.joined(separator: "/") }

    /// Percent-decodes one segment and checks what came out.
    private static func decode(_ segment: Substring) throws(Rejection) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(segment.utf8.count)
        var iterator = segment.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw .malformed
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        // Strict UTF-8: overlong forms such as `%c0%ae` (a disguised dot) are invalid.
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .malformed }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "/", "\\": throw .malformed
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: throw .malformed
            default: continue
            }
        }
        // A percent escape that survives one decoding was encoded twice; no page is named so.
        if containsPercentEscape(text) { throw .malformed }
        return text
    }

    private static func containsPercentEscape(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "%") {
            if hexValue(bytes[index + 1]) != nil && hexValue(bytes[index + 2]) != nil { return true }
        }
        return false
    }
}

/// The value of one hexadecimal digit, or nil.
private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
