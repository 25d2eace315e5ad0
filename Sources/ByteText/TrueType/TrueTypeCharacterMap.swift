/// The `cmap` table: which glyph draws each character. Reads the best Unicode subtable —
/// format 12 (every plane) before format 4 (the Basic Multilingual Plane).
enum TrueTypeCharacterMap {
    /// More mappings than Unicode has characters means overlapping ranges: a damaged or
    /// hostile file, stopped before it costs minutes.
    static let maximumMappings = 0x110000

    /// Glyph ids by Unicode scalar value.
    static func glyphs(_ file: FontBytes, cmap: Int) throws(TrueTypeError) -> [UInt32: UInt16] {
        let count = Int(try file.uint16(cmap + 2))
        var full: Int?
        var basic: Int?
        for index in 0..<count {
            let record = cmap + 4 + index * 8
            let platform = try file.uint16(record)
            let encoding = try file.uint16(record + 2)
            let subtable = cmap + Int(try file.uint32(record + 4))
            // Unicode (0) in any encoding, or Windows (3) with Unicode BMP (1) or full (10).
            guard platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10)) else { continue }
            switch try file.uint16(subtable) {
            case 12: full = full ?? subtable
            case 4: basic = basic ?? subtable
            default: continue
            }
        }
        if let full { return try format12(file, at: full) }
        if let basic { return try format4(file, at: basic) }
        throw .noUnicodeMap
    }

    /// Segments of consecutive codes; a glyph comes from `idDelta` or the glyph array that
    /// `idRangeOffset` points into (OpenType spec, 'cmap' format 4).
    private static func format4(_ file: FontBytes, at table: Int) throws(TrueTypeError) -> [UInt32: UInt16] {
        let segments = Int(try file.uint16(table + 6)) / 2
        let ends = table + 14
        let starts = ends + segments * 2 + 2
        let deltas = starts + segments * 2
        let rangeOffsets = deltas + segments * 2
        var glyphs: [UInt32: UInt16] = [:]
        var mapped = 0
        for segment in 0..<segments {
            let end = Int(try file.uint16(ends + segment * 2))
            let start = Int(try file.uint16(starts + segment * 2))
            let delta = Int(try file.uint16(deltas + segment * 2))
            let rangeOffsetAt = rangeOffsets + segment * 2
            let rangeOffset = Int(try file.uint16(rangeOffsetAt))
            guard start <= end else { continue }
            mapped += end - start + 1
            guard mapped <= maximumMappings else { throw .invalid("'cmap' maps more characters than Unicode has") }
            for code in start...min(end, 0xFFFE) {
                var glyph: Int
                if rangeOffset == 0 {
                    glyph = (code + delta) & 0xFFFF
                } else {
                    glyph = Int(try file.uint16(rangeOffsetAt + rangeOffset + (code - start) * 2))
                    if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                }
                if glyph != 0 { glyphs[UInt32(code)] = UInt16(glyph) }
            }
        }
        return glyphs
    }

    /// Groups of consecutive codes drawn by consecutive glyphs.
    private static func format12(_ file: FontBytes, at table: Int) throws(TrueTypeError) -> [UInt32: UInt16] {
        let groups = Int(try file.uint32(table + 12))
        guard groups <= file.bytes.count / 12 else { throw .truncated }
        var glyphs: [UInt32: UInt16] = [:]
        var mapped = 0
        for group in 0..<groups {
            let record = table + 16 + group * 12
            let start = try file.uint32(record)
            let end = try file.uint32(record + 4)
            let first = try file.uint32(record + 8)
            guard start <= end, end <= 0x10FFFF else { continue }
            mapped += Int(end - start) + 1
            guard mapped <= maximumMappings else { throw .invalid("'cmap' maps more characters than Unicode has") }
            for code in start...end {
                let glyph = first &+ (code - start)
                if glyph != 0, glyph <= 0xFFFF { glyphs[code] = UInt16(glyph) }
            }
        }
        return glyphs
    }
}
