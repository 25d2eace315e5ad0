/// A light English suffix stripper in the spirit of Porter's step 1, small enough to write
/// again in `search.js` rule for rule. It conflates plurals and -ed/-ing/-ly forms
/// ("owners" → "owner", "redesigned" → "redesign", "policies"/"policy" → "polici").
/// Only lowercase ASCII words of four letters or more are touched; others pass through.
/// `Tests/Browser/stem_cases.tsv` pins both implementations to the same answers.
public enum SearchStemmer {
    public static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count >= 4, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }

        // Plurals.
        if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "ies") {
            w.removeLast(2)
        } else if ends(w, "ss") || ends(w, "us") || (ends(w, "is") && w.count >= 5) {
            // "process", "status", "analysis" are not plurals; "KPIs" is.
        } else if ends(w, "s") {
            w.removeLast()
        }

        // Past and progressive forms, undoubling "planned" → "plan".
        var strippedVerbEnding = false
        if ends(w, "ing"), w.count - 3 >= 3, hasVowel(w.dropLast(3)) {
            w.removeLast(3)
            strippedVerbEnding = true
        } else if ends(w, "ed"), !ends(w, "eed"), w.count - 2 >= 3, hasVowel(w.dropLast(2)) {
            w.removeLast(2)
            strippedVerbEnding = true
        }
        if strippedVerbEnding, w.count >= 2, w[w.count - 1] == w[w.count - 2],
            !isVowel(w[w.count - 1]),
            ![UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "f"), UInt8(ascii: "z")].contains(w[w.count - 1])
        {
            w.removeLast()
        }

        // Adverbs: "quickly" → "quick" (not "family" or "weekly").
        if ends(w, "ly"), w.count - 2 >= 5 {
            w.removeLast(2)
        }

        // "policy" and "polici(es)" meet at "polici".
        if ends(w, "y"), w.count >= 4, !isVowel(w[w.count - 2]) {
            w[w.count - 1] = UInt8(ascii: "i")
        }

        // "create", "creating" and "created" meet at "creat".
        if ends(w, "e"), w.count - 1 >= 3 {
            w.removeLast()
        }

        return String(decoding: w, as: UTF8.self)
    }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        let s = suffix.utf8Start
        for k in 0..<count where w[w.count - count + k] != s[k] { return false }
        return true
    }

    private static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75
    }

    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
        w.contains(where: isVowel)
    }
}
