import Diagnostics

/// Problems with measures: their values, their declarations and `show:`.
public enum MeasureError: OrgDataProblem, Hashable {
    case notANumber(measure: String, value: String)
    case negative(measure: String, value: String)
    /// `show:` or a value names a measure that is neither built in nor declared.
    case unknownMeasure(String, known: [String])
    /// A custom measure declared twice, or with a built-in's key.
    case duplicateMeasure(String)
    case emptyMeasureKey

    public var message: String {
        switch self {
        case .notANumber(let measure, let value): "\(quoted(measure)) is \(quoted(value)), not a number"
        case .negative(let measure, let value): "\(quoted(measure)) is negative (\(value))"
        case .unknownMeasure(let key, _): "unknown measure \(quoted(key))"
        case .duplicateMeasure(let key): "measure \(quoted(key)) is declared twice"
        case .emptyMeasureKey: "a declared measure has no 'key'"
        }
    }

    public var hint: String? {
        switch self {
        case .notANumber:
            return "write a plain number such as 1240, 1240.5 or 1,240.50 (FTE may be a percentage: 80%)"
        case .negative: return "measures count or cost something: use 0 or more"
        case .unknownMeasure(let key, let known):
            let suggestion = NameSuggestion.closest(to: key, in: known).map { "did you mean \(quoted($0))? " } ?? ""
            return suggestion + "measures are \(known.joined(separator: ", ")); declare others under 'measures: [{key: …, label: …}]'"
        case .duplicateMeasure: return "give each measure its own key (headcount, fte, cost and vacancies are built in)"
        case .emptyMeasureKey: return "write each declared measure as {key: contractors, label: Contractors}"
        }
    }
}
