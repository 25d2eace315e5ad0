import Diagnostics
import OrgModel

/// A unit as read from YAML or CSV, before validation, with the place of each field so a
/// problem points at the exact value (the parent that is unknown, not just the unit).
struct UnitRecord {
    var unit: OrgUnit
    var idLocation: SourceLocation
    var nameLocation: SourceLocation
    var parentLocation: SourceLocation
    /// One location per entry of `unit.dotted`.
    var dottedLocations: [SourceLocation]
    /// Fields already reported as malformed (a list where a text belongs), so validation
    /// does not report them a second time as empty.
    var malformedFields: Set<String> = []
    /// For a person: where their unit is written.
    var unitLocation: SourceLocation? = nil

    public var location: SourceLocation { unit.location ?? idLocation }
}
