extension String {
    /// Without leading and trailing spaces, tabs and line breaks (block scalars end in one).
    public var trimmingWhitespace: String {
        // Most values start and end with a visible ASCII character: nothing to trim, and
        // no need to walk the text by Character.
        if let first = utf8.first, let last = utf8.last, Self.isNonSpaceASCII(first), Self.isNonSpaceASCII(last) {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    private static func isNonSpaceASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && byte != 0x09 && !(0x0A...0x0D).contains(byte)
    }
}
