/// Packs a term's postings into a short ASCII string that needs no escaping in JSON.
///
/// Each posting is the gap from the previous entry number (the first from 0) as a
/// little-endian base-32 number, whose digits other than the last are written with the
/// upper half of the alphabet, followed by one character for the score (1…63).
/// `search.js` decodes it with the same alphabet.
enum PostingEncoding {
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_")
    static let alphabetBytes = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)
    private static let values: [Character: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

    static func encode(_ postings: [SearchIndex.Posting]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 2)
        var previous = 0
        for posting in postings {
            var gap = posting.entry - previous
            previous = posting.entry
            while gap >= 32 {
                out.append(alphabetBytes[32 + gap % 32])
                gap /= 32
            }
            out.append(alphabetBytes[gap])
            out.append(alphabetBytes[posting.score])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The inverse of `encode`; nil for a malformed string.
    static func decode(_ text: String) -> [SearchIndex.Posting]? {
        var postings: [SearchIndex.Posting] = []
        var previous = 0
        var gap = 0
        var place = 1
        var readingGap = true
        for c in text {
            guard let v = values[c] else { return nil }
            if readingGap {
                if v >= 32 {
                    gap += (v - 32) * place
                    place *= 32
                } else {
                    gap += v * place
                    readingGap = false
                }
            } else {
                previous += gap
                postings.append(SearchIndex.Posting(entry: previous, score: v))
                gap = 0
                place = 1
                readingGap = true
            }
        }
        return readingGap && gap == 0 && place == 1 ? postings : nil
    }
}
