/// The boxes of a chart grouped by the `color-by:` attribute, for a legend.
public struct ColorGroups: Sendable, Hashable {
    /// The attribute's values in order of first appearance; past `limit - 1` values the
    /// rest share a last group named "Other".
    public var values: [String]
    /// Each unit's group (an index into `values`), nil where the box has no value.
    public var groupOfUnit: [Int?]

    public static let limit = 8
}

extension OrgChart {
    /// The `color-by:` groups, nil when the chart has none. A person's box takes its own
    /// value; a unit takes its own, or else the value most of its own people have.
    public func colorGroups() -> ColorGroups? {
        guard let attribute = settings.colorBy else { return nil }
        var peopleValues: [String: [String: Int]] = [:]
        if subject == .units {
            for person in people {
                guard let unit = person.unit, let value = person.attributes[attribute], !value.isEmpty else { continue }
                peopleValues[unit, default: [:]][value, default: 0] += 1
            }
        }
        var values: [String] = []
        var index: [String: Int] = [:]
        var groups: [Int?] = []
        groups.reserveCapacity(units.count)
        for unit in units {
            var value = unit.attributes[attribute]
            if value == nil, let counts = peopleValues[unit.id] {
                value = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            }
            guard let value, !value.isEmpty else {
                groups.append(nil)
                continue
            }
            if let group = index[value] {
                groups.append(group)
            } else if values.count < ColorGroups.limit - 1 {
                index[value] = values.count
                groups.append(values.count)
                values.append(value)
            } else {
                if values.count == ColorGroups.limit - 1 { values.append("Other") }
                groups.append(ColorGroups.limit - 1)
            }
        }
        return ColorGroups(values: values, groupOfUnit: groups)
    }
}
