/// Finds the known name a misspelt one most likely meant, for "did you mean" hints.
public enum NameSuggestion {
    /// The candidate closest to `name` by edit distance, when it is close enough to be a
    /// plausible typo (at most a third of the name's length, and at least one edit).
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let allowed = max(1, target.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            // Names whose lengths differ by more than the edits allowed are never close; most
            // candidates go here, before their characters are copied out.
            guard abs(candidate.count - target.count) <= allowed else { continue }
            let distance = editDistance(target, Array(candidate.lowercased()), limit: allowed)
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Edit distance counting a swap of neighbours as one edit (optimal string alignment),
    /// giving up early (returning `limit + 1`) once every path exceeds `limit`: hints only
    /// care whether names are close.
    public static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// " (did you mean 'x'?)" or nothing, to append to a hint.
    public static func didYouMean(_ name: String, in candidates: [String]) -> String {
        closest(to: name, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
