/// Writes strings as JSON string literals that are also safe inside an HTML `<script>`:
/// `<`, `>` and `&` are escaped so `</script>` or `<!--` in content cannot end the script,
/// and U+2028/U+2029 are escaped for older JavaScript parsers.
package enum JavaScriptLiteral {
    /// Appends `value` as a literal to `out`, the whole index's buffer.
    package static func append(_ value: String, to out: inout [UInt8]) {
        out.append(0x22)
        var value = value
        let plain = value.withUTF8 { bytes in
            guard !bytes.contains(where: needsEscape) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain {
            out.append(0x22)
            return
        }
        let bytes = Array(value.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x3C, 0x3E, 0x26: out += Array(("\\u" + hex4(UInt32(c))).utf8)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                // U+2028 and U+2029.
                out += Array(("\\u" + hex4(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)).utf8)
                i += 2
            default:
                if c < 0x20 { out += Array(("\\u" + hex4(UInt32(c))).utf8) } else { out.append(c) }
            }
            i += 1
        }
        out.append(0x22)
    }

    /// Bytes that may start something the slow path rewrites (U+2028/9 start with 0xE2).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
