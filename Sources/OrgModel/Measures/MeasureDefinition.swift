/// A number that units and people carry and that rolls up through the tree: one of the
/// four built in (`headcount`, `fte`, `cost`, `vacancies`) or one a chart declares under
/// `measures:`.
public struct MeasureDefinition: Sendable, Hashable {
    /// The key used in data (`headcount: 12`) and in `show:`.
    public var key: String
    /// The name in tables and legends ("Headcount").
    public var label: String
    /// What follows the number on a box ("HC" in `1,240 HC`); nil for cost, which is
    /// written with its currency instead.
    public var unitSuffix: String?

    public init(key: String, label: String, unitSuffix: String?) {
        self.key = key
        self.label = label
        self.unitSuffix = unitSuffix
    }

    public static let headcount = MeasureDefinition(key: "headcount", label: "Headcount", unitSuffix: "HC")
    public static let fte = MeasureDefinition(key: "fte", label: "FTE", unitSuffix: "FTE")
    public static let cost = MeasureDefinition(key: "cost", label: "Cost", unitSuffix: nil)
    public static let vacancies = MeasureDefinition(key: "vacancies", label: "Vacancies", unitSuffix: "vacant")

    /// The built-in measures, in the order tables list them.
    public static let builtIn = [headcount, fte, cost, vacancies]
    public static let builtInKeys = builtIn.map(\.key)
}
