/// Names made from data for use inside markup: a class list or an id, where spaces and
/// punctuation would split or break the name.
public enum MarkupToken {
    /// Letters, digits, `-` and `_` kept, every other character turned into `-`.
    public static func make(_ s: String) -> String {
        String(
            s.unicodeScalars.map { scalar -> Character in
                let v = scalar.value
                let ok = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x2D || v == 0x5F
                return ok ? Character(scalar) : "-"
            })
    }
}
