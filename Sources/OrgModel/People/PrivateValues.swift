/// The values a chart's `private:` hides, gathered from its people before they are
/// redacted, so that every writer can prove none of them reached its output (see
/// `PrivacyGuard`). Numbers equal to a sum the chart may show (a roll-up over two people
/// or more, a total) are left out: seeing one proves nothing.
public struct PrivateValues: Sendable, Hashable {
    /// Private text (a name, a title, an attribute) → its field.
    public private(set) var texts: [String: String] = [:]
    /// Private numbers (a measure) → its field.
    public private(set) var numbers: [Double: String] = [:]
    /// The data file the values come from, for the error.
    public private(set) var origins: Set<String> = []

    public init() {}

    public var isEmpty: Bool { texts.isEmpty && numbers.isEmpty }

    /// Forgets the numbers in `sums`: a chart may show them, so seeing one proves nothing.
    mutating func removeNumbers(in sums: Set<Double>) {
        for value in sums { numbers[value] = nil }
    }

    /// Adds `other`'s values (one guard for all the charts an output draws).
    public mutating func formUnion(_ other: PrivateValues) {
        texts.merge(other.texts) { old, _ in old }
        numbers.merge(other.numbers) { old, _ in old }
        origins.formUnion(other.origins)
    }
}

extension PrivateValues {
    /// The private values of `chart`'s people, read before `redactPrivateFields`.
    public init(_ chart: OrgChart) {
        let hidden = chart.settings.privateFields
        guard !hidden.isEmpty else { return }
        let people = chart.peopleForMetrics
        let measureKeys = chart.settings.measures.map(\.key).filter(hidden.contains)
        var sums = Set<Double>()
        if !measureKeys.isEmpty {
            for rollUp in chart.rollUps()
            where (rollUp[MeasureDefinition.headcount.key] ?? 0) + (rollUp[MeasureDefinition.vacancies.key] ?? 0) >= 2 {
                for key in measureKeys { if let value = rollUp[key] { sums.insert(value) } }
            }
            for value in chart.totals().values { sums.insert(value) }
        }
        for person in people {
            if hidden.contains("name"), !person.vacant { texts[person.name] = "name" }
            if hidden.contains("title"), let title = person.title { texts[title] = "title" }
            for (key, value) in person.attributes where hidden.contains(key) { texts[value] = key }
            for key in measureKeys {
                guard let value = person.measures[key], !sums.contains(value) else { continue }
                numbers[value] = key
            }
        }
        texts[""] = nil
        if let file = chart.units.first?.location?.path ?? people.first?.location?.path { origins.insert(file) }
    }
}
