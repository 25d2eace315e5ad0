import Diagnostics

/// A unit as read from YAML or CSV, before validation, with the place of each field so a
/// problem points at the exact value (the parent that is unknown, not just the unit).
struct UnitRecord {
    var unit: OrgUnit
    var idLocation: SourceLocation
    var nameLocation: SourceLocation
    var parentLocation: SourceLocation
    /// One location per entry of `unit.dotted`.
    var dottedLocations: [SourceLocation]

    var location: SourceLocation { unit.location ?? idLocation }
}
