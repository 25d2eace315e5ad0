/// Big-endian integers read out of a font file held in an array. Every read is
/// bounds-checked and throws `TrueTypeError.truncated` past the end, so a damaged or
/// hostile file cannot crash the reader.
struct FontBytes {
    let bytes: [UInt8]

    func uint8(_ offset: Int) throws(TrueTypeError) -> UInt8 {
        guard offset >= 0, offset < bytes.count else { throw .truncated }
        return bytes[offset]
    }

    func uint16(_ offset: Int) throws(TrueTypeError) -> UInt16 {
        UInt16(try uint8(offset)) << 8 | UInt16(try uint8(offset + 1))
    }

    func int16(_ offset: Int) throws(TrueTypeError) -> Int16 { Int16(bitPattern: try uint16(offset)) }

    func uint32(_ offset: Int) throws(TrueTypeError) -> UInt32 {
        UInt32(try uint16(offset)) << 16 | UInt32(try uint16(offset + 2))
    }

    /// A four-letter tag such as `cmap`.
    func tag(_ offset: Int) throws(TrueTypeError) -> String {
        String(decoding: [try uint8(offset), try uint8(offset + 1), try uint8(offset + 2), try uint8(offset + 3)], as: UTF8.self)
    }
}
