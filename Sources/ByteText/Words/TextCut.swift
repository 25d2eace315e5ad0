/// Cutting text short, on its UTF-8 bytes.
package enum TextCut {
    /// The start of `text`, `scalars` Unicode scalars long, cut at the last space when that
    /// keeps more than half of them, with the punctuation and spaces before the cut dropped
    /// and an ellipsis added; `text` itself when it is no longer. Runs once per entry of the
    /// search index, so it works on bytes.
    package static func snippet(_ text: String, scalars limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var text = text
        let cut: Int? = text.withUTF8 { bytes in
            var scalars = 0
            var end = 0
            var lastSpace = -1
            var spaceScalars = 0
            while end < bytes.count {
                let c = bytes[end]
                if c & 0xC0 != 0x80 {
                    if scalars == limit { break }
                    scalars += 1
                    if c == 0x20 {
                        lastSpace = end
                        spaceScalars = scalars - 1
                    }
                }
                end += 1
            }
            guard end < bytes.count else { return nil }
            return lastSpace >= 0 && spaceScalars > limit / 2 ? lastSpace : end
        }
        guard let cut else { return text }
        // Punctuation and spaces before the cut go; ASCII ones on bytes, the rest (a dash,
        // a closing quote) by their Unicode properties.
        let end = text.withUTF8 { bytes in
            var end = cut
            while end > 0, bytes[end - 1] < 0x80, trimmedASCII[Int(bytes[end - 1])] { end -= 1 }
            return end
        }
        var kept = Substring(text.utf8[..<text.utf8.index(text.utf8.startIndex, offsetBy: end)])
        if let last = kept.utf8.last, last >= 0x80 {
            while let last = kept.last, last.isPunctuation || last.isWhitespace { kept = kept.dropLast() }
        }
        return String(kept) + "…"
    }

    /// ASCII characters a snippet does not end with: punctuation and white space.
    private static let trimmedASCII: [Bool] = (0..<128).map { code in
        let character = Character(Unicode.Scalar(UInt8(code)))
        return character.isPunctuation || character.isWhitespace
    }
}
