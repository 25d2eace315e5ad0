import Foundation

/// Splits text into index terms the same way `search.js` splits a query: Unicode letters
/// and digits form words; words are lowercased with diacritics removed (NFD, then marks
/// U+0300–U+036F dropped, as the script does with `normalize('NFD')`); one-letter words,
/// very long words and stop words are dropped; the rest are stemmed.
public enum SearchTokenizer {
    /// Words longer than this (in code points) are noise such as hashes; they are skipped.
    public static let maximumWordLength = 40

    /// Common English words that carry no meaning for search. Shipped in the index so the
    /// script drops exactly the same words from queries.
    public static let stopWords: [String] = [
        "a", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
        "but", "by", "can", "do", "does", "each", "for", "from", "had", "has", "have", "how",
        "if", "in", "into", "is", "it", "its", "more", "most", "not", "of", "on", "or",
        "other", "our", "so", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "was", "we", "were", "what",
        "when", "where", "which", "who", "why", "will", "with", "you", "your",
    ]

    private static let stopWordSet = Set(stopWords)

    /// Lowercases `text` and removes combining diacritical marks.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    /// The folded words of `text`, in order, before stop words and stemming.
    public static func words(_ text: String) -> [String] {
        let folded = fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(folded) }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `words` for lowercase ASCII text, without going through Unicode properties.
    private static func asciiWords(_ text: String) -> [String] {
        text.utf8.split { !isWordByte($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The index terms of `text`: folded, filtered and stemmed words, in order.
    public static func terms(_ text: String) -> [String] {
        words(text).compactMap(term(forWord:))
    }

    /// The term a folded word becomes, or nil when the word is not indexed.
    public static func term(forWord word: String) -> String? {
        let length = word.unicodeScalars.count
        guard length >= 2, length <= maximumWordLength, !stopWordSet.contains(word) else { return nil }
        return SearchStemmer.stem(word)
    }

    /// Whether a UTF-8 byte can be part of a word, for scans that work on bytes: ASCII
    /// letters and digits (what `isWordScalar` says of ASCII), and every byte of a non-ASCII
    /// character, whose words are then split by `isWordScalar`.
    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
    }

    /// Letters and digits, as the script's `[\p{L}\p{N}]` class.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
