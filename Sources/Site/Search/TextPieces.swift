/// Packs the index's headings and snippets against one shared table of *pieces*: a word
/// (a run of ASCII letters and digits and non-ASCII bytes) with the punctuation and spaces
/// after it. A text becomes the list of its pieces' numbers, written as `PostingEncoding`
/// writes gaps (base 32, upper-half digits continue), commonest pieces first so that most
/// take one character. Playbook prose repeats a small vocabulary, so this is several
/// times smaller than the text and still needs no escaping. Joining the pieces gives the
/// text back exactly.
struct TextPieces {
    /// Pieces by number.
    private(set) var table: [String] = []
    /// Each text as piece numbers.
    private(set) var codes: [String] = []

    init(_ texts: [String]) {
        var numberOfPiece: [String: Int] = [:]
        var pieces: [String] = []
        var counts: [Int] = []
        var split: [[Int]] = []
        split.reserveCapacity(texts.count)
        for text in texts {
            split.append(Self.pieces(of: text).map { piece in
                if let known = numberOfPiece[piece] { counts[known] += 1; return known }
                numberOfPiece[piece] = pieces.count
                pieces.append(piece)
                counts.append(1)
                return pieces.count - 1
            })
        }
        // Commonest first; ties by code unit order, so the same texts give the same table.
        let order = pieces.indices.sorted {
            counts[$0] != counts[$1] ? counts[$0] > counts[$1] : SearchIndexBuilder.codePointOrder(pieces[$0], pieces[$1])
        }
        var rank = [Int](repeating: 0, count: pieces.count)
        for (position, piece) in order.enumerated() { rank[piece] = position }
        table = order.map { pieces[$0] }
        codes = split.map { numbers in
            var out: [UInt8] = []
            for number in numbers { Self.append(rank[number], to: &out) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func append(_ value: Int, to out: inout [UInt8]) {
        var value = value
        while value >= 32 {
            out.append(PostingEncoding.alphabetBytes[32 + value % 32])
            value /= 32
        }
        out.append(PostingEncoding.alphabetBytes[value])
    }

    /// `text` cut after each run of separators that follows a word.
    static func pieces(of text: String) -> [String] {
        var result: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var i = 0
            while i < bytes.count {
                while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
                while i < bytes.count, !isWordByte(bytes[i]) { i += 1 }
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i
            }
        }
        return result
    }

    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
    }

    /// The inverse of the encoding, for tests: the text of `code`, or nil when malformed.
    func decode(_ code: String) -> String? {
        var out = ""
        var value = 0
        var place = 1
        for byte in code.utf8 {
            guard let v = PostingEncoding.alphabetBytes.firstIndex(of: byte) else { return nil }
            if v >= 32 {
                value += (v - 32) * place
                place *= 32
            } else {
                value += v * place
                guard value < table.count else { return nil }
                out += table[value]
                value = 0
                place = 1
            }
        }
        return place == 1 ? out : nil
    }
}
