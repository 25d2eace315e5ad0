/// One line of the change list an HR team receives: what happened to one unit or person.
/// A unit or person with several changes has one record per change.
public struct ChangeRecord: Sendable, Hashable {
    public enum Change: String, Sendable, Hashable, CaseIterable {
        case added, removed
        /// A new parent unit or manager.
        case moved
        case renamed
        /// A person now in another unit.
        case changedUnit = "changed unit"
        case dottedLineAdded = "dotted line added"
        case dottedLineRemoved = "dotted line removed"
        /// One or more measures differ.
        case changedMeasures = "changed measures"
    }

    public var id: String
    /// Empty where names are private.
    public var name: String
    public var change: Change
    public var from: String
    public var to: String
    /// After minus before, per measure key; empty when no measure changed.
    public var measureDeltas: [String: Double]

    public init(id: String, name: String, change: Change, from: String, to: String, measureDeltas: [String: Double] = [:]) {
        self.id = id
        self.name = name
        self.change = change
        self.from = from
        self.to = to
        self.measureDeltas = measureDeltas
    }
}
