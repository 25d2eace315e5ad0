/// ASCII whitespace as HTML counts it: space, tab, line feed, form feed, carriage return.
enum ASCIISpace {
    @inline(__always)
    static func contains(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
    }
}
