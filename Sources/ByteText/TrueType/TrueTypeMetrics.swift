/// The advance widths of a TrueType font, by Unicode scalar: what diagram labels are
/// measured with when `brand: font:` names a `.ttf`. Read from the tables `head`
/// (units per em), `hhea` (how many widths `hmtx` holds), `hmtx` (the widths by glyph)
/// and `cmap` (characters to glyphs, formats 4 and 12).
public struct TrueTypeMetrics: Sendable, Hashable {
    public let unitsPerEm: Int
    /// Advance in font units by scalar value, for every character the font maps.
    public let advances: [UInt32: UInt16]

    public init(_ data: [UInt8]) throws(TrueTypeError) {
        let file = FontBytes(bytes: data)
        let tables = try Self.tableDirectory(file)
        func table(_ tag: String) throws(TrueTypeError) -> Int {
            guard let offset = tables[tag] else { throw .missingTable(tag) }
            return offset
        }
        let head = try table("head")
        let hhea = try table("hhea")
        let hmtx = try table("hmtx")
        let cmap = try table("cmap")
        guard try file.uint32(head + 12) == 0x5F0F_3CF5 else { throw .invalid("the 'head' table has no magic number") }
        unitsPerEm = Int(try file.uint16(head + 18))
        guard (16...16384).contains(unitsPerEm) else { throw .invalid("units per em is \(unitsPerEm)") }
        let widthCount = Int(try file.uint16(hhea + 34))
        guard widthCount > 0 else { throw .invalid("'hhea' lists no advance widths") }
        var widths: [UInt16] = []
        widths.reserveCapacity(widthCount)
        for index in 0..<widthCount { widths.append(try file.uint16(hmtx + index * 4)) }

        var advances: [UInt32: UInt16] = [:]
        for (scalar, glyph) in try TrueTypeCharacterMap.glyphs(file, cmap: cmap) where glyph != 0 {
            // Glyphs past the last long metric share its advance (monospaced tails).
            advances[scalar] = widths[min(Int(glyph), widthCount - 1)]
        }
        guard !advances.isEmpty else { throw .noUnicodeMap }
        self.advances = advances
    }

    /// Table offsets by tag, each table checked to lie inside the file.
    private static func tableDirectory(_ file: FontBytes) throws(TrueTypeError) -> [String: Int] {
        guard file.bytes.count >= 12 else { throw .notAFont }
        let version = try file.uint32(0)
        switch version {
        case 0x0001_0000, 0x7472_7565: break  // TrueType outlines ('true' on old Macs)
        case 0x4F54_544F: throw .unsupported("an OpenType font with CFF outlines (.otf)")
        case 0x7474_6366: throw .unsupported("a font collection (.ttc)")
        default: throw .notAFont
        }
        let count = Int(try file.uint16(4))
        var tables: [String: Int] = [:]
        for index in 0..<count {
            let record = 12 + index * 16
            let offset = Int(try file.uint32(record + 8))
            let length = Int(try file.uint32(record + 12))
            guard offset + length <= file.bytes.count else { throw .truncated }
            tables[try file.tag(record)] = offset
        }
        return tables
    }
}
