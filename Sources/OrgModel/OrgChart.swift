import Diagnostics

/// One box of an org chart: a unit, team or role.
public struct OrgUnit: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The id of the solid-line manager; nil for the root.
    public var parent: String?
    /// A second line: the person, or a role title.
    public var title: String?
    /// Ids of dotted-line (matrix) managers.
    public var dotted: [String]
    public var tags: [String]
    /// Where the unit is defined (its row in a CSV, its item in YAML).
    public var location: SourceLocation?
    /// The unit's own numbers by measure key (`headcount`, `fte`, `cost`, `vacancies`, or a
    /// declared custom key): what sits in this box, not its subtree (see `OrgChart.rollUps`).
    public var measures: [String: Double]
    /// Columns of the source that no field is mapped to, by column name, kept for
    /// `color-by:` and for the reader of the data.
    public var attributes: [String: String]
    /// A position with no person in it (people charts): drawn dashed with a "Vacant" badge
    /// and counted in `vacancies`, not in headcount.
    public var vacant: Bool
    /// For a person: the unit they belong to, as written in the data.
    public var unit: String?

    public init(
        id: String, name: String, parent: String? = nil, title: String? = nil,
        dotted: [String] = [], tags: [String] = [], location: SourceLocation? = nil,
        measures: [String: Double] = [:], attributes: [String: String] = [:],
        vacant: Bool = false, unit: String? = nil
    ) {
        self.id = id
        self.name = name
        self.parent = parent
        self.title = title
        self.dotted = dotted
        self.tags = tags
        self.location = location
        self.measures = measures
        self.attributes = attributes
        self.vacant = vacant
        self.unit = unit
    }
}

/// A validated org chart: exactly one root, every parent known, no cycles.
/// Units keep their input order, and so do the children of every unit.
public struct OrgChart: Sendable, Hashable {
    public var title: String?
    /// All units in input order.
    public var units: [OrgUnit]
    public var rootID: String
    /// Children ids of each unit, in input order.
    public var childrenByID: [String: [String]]
    /// Index of each unit in `units`.
    public var indexByID: [String: Int]
    /// The width over height the drawing aims at (the `aspect:` key); nil for the default.
    public var aspect: Double? = nil
    /// Whether a large chart is drawn as an overview plus branch charts (`split:`).
    public var split: ChartSplit = .auto
    /// What the boxes are: units (the default) or people.
    public var subject: OrgChartSubject = .units
    /// The numbers this chart carries and how boxes show them (`currency`, `measures`,
    /// `show`, `color-by`, `targets`, `private`).
    public var settings = OrgChartSettings()
    /// The people behind a unit chart (from `people:` with `unit:`, or `group-by:`), with
    /// managers as parents, for people-level metrics. Empty when the boxes are people.
    public var people: [OrgUnit] = []
    /// The values `private:` took out of the chart, for `PrivacyGuard`.
    public var privateValues = PrivateValues()

    public init(title: String?, units: [OrgUnit], rootID: String) {
        var index: [String: Int] = [:]
        index.reserveCapacity(units.count)
        for (i, unit) in units.enumerated() { index[unit.id] = i }
        self.init(title: title, units: units, rootID: rootID, indexByID: index)
    }

    /// With the index of ids already built (by the loader, which needs it to validate).
    public init(title: String?, units: [OrgUnit], rootID: String, indexByID: [String: Int]) {
        self.title = title
        self.units = units
        self.rootID = rootID
        var children: [String: [String]] = [:]
        for unit in units {
            if let parent = unit.parent { children[parent, default: []].append(unit.id) }
        }
        self.childrenByID = children
        self.indexByID = indexByID
    }

    public var root: OrgUnit { units[indexByID[rootID]!] }
    public func unit(_ id: String) -> OrgUnit? { indexByID[id].map { units[$0] } }
    public func children(of id: String) -> [OrgUnit] { (childrenByID[id] ?? []).map { units[indexByID[$0]!] } }
}
