import Diagnostics
import OrgModel

/// Which columns of an export hold which fields (`id`, `name`, `manager` or `parent`,
/// `title`, `unit`, `dotted`, and measures): a preset's, overridden by `columns:`.
struct ColumnMapping {
    struct Entry {
        var field: String
        var columns: [String]
        /// A column the user named must be there; a preset's optional ones may not be.
        var required: Bool
        /// Where the mapping was written, for a missing column.
        var location: SourceLocation
    }

    public var entries: [Entry] = []
    /// Manager cells that mean the person has none (the preset's, such as `NO_MGR`).
    var noManagerMarkers: Set<String> = []

    static let textFields = ["id", "name", "manager", "parent", "title", "unit", "dotted"]

    subscript(field: String) -> Entry? { entries.first { $0.field == field } }

    mutating func set(_ field: String, columns: [String], required: Bool, at location: SourceLocation) {
        entries.removeAll { $0.field == field }
        entries.append(Entry(field: field, columns: columns, required: required, location: location))
    }

    /// A preset's columns: the identity fields required, the others used when present.
    init(preset: ExportPreset, at location: SourceLocation) {
        for field in Self.textFields + MeasureDefinition.builtInKeys {
            guard let columns = preset.columns[field] else { continue }
            set(field, columns: columns, required: ExportPreset.requiredFields.contains(field), at: location)
        }
        noManagerMarkers = preset.noManagerMarkers
    }

    init() {}

    /// No mapping at all: columns named like the fields (`id`, `name`, `manager` …).
    static func byFieldNames(_ table: DataTable, measures: [String], at location: SourceLocation) -> ColumnMapping {
        var mapping = ColumnMapping()
        for field in textFields + measures where table.column(named: field) != nil {
            mapping.set(field, columns: [field], required: false, at: location)
        }
        return mapping
    }
}
