import Diagnostics
import OrgModel
import YAML

/// Binds a matrix's columns to an org chart: `org: FILE` names the chart, `unit:` or
/// `person:` on a column names who the column stands for, and `columns: {from: FILE}`
/// makes one column per unit of a layer or a branch. Every bound column must exist in the
/// chart; in a report, a matrix without `org:` is checked against the report's charts.
struct OwnershipBindingReader {
    let reader: YAMLReader
    let baseDirectory: String
    /// The chart named by `org:` or `from:`, resolved.
    private(set) var orgFile: String?
    private var chart: (name: String, chart: OrgChart)?

    init(reader: YAMLReader, baseDirectory: String) {
        self.reader = reader
        self.baseDirectory = baseDirectory
    }

    mutating func readOrg(_ fields: YAMLFields) {
        guard let node = fields["org"], let key = fields.keyNode("org") else { return }
        load(node, key: key, what: "'org'")
    }

    func isFromChart(_ node: YAMLNode) -> Bool {
        if case .mapping = node { return true }
        return false
    }

    /// `columns: {from: FILE, layer: N, branch: ID}`: the units of layer N (1 is the top)
    /// within the branch; the branch's direct reports with only `branch`; the top's direct
    /// reports with neither. Columns take each unit's id and name.
    mutating func columnsFromChart(_ node: YAMLNode) -> [MatrixColumn] {
        guard let mapping = reader.mapping(node, what: "'columns'") else { return [] }
        let fields = reader.fields(mapping, known: ["from", "layer", "branch"])
        guard let from = fields["from"], let key = fields.keyNode("from") else {
            reader.report(DataFormatError.missingKey(key: "from", in: "'columns' (or list the columns)"), at: node)
            return []
        }
        load(from, key: key, what: "'from'")
        guard let (name, chart) = chart else { return [] }
        var layer: Int?
        if let layerNode = fields["layer"], let text = reader.text(layerNode, what: "'layer'") {
            layer = RACIRulesReader.positiveWholeNumber(text)
            if layer == nil {
                reader.report(OwnershipBindingError.badLayer(text), at: layerNode)
                return []
            }
        }
        var top = chart.rootID
        var topDepth = 1
        if let branchNode = fields["branch"], let branch = reader.text(branchNode, what: "'branch'") {
            guard chart.unit(branch) != nil else {
                reader.report(
                    OwnershipBindingError.unknownBranch(branch, suggestion: NameSuggestion.closest(to: branch, in: chart.units.map(\.id))),
                    at: branchNode)
                return []
            }
            top = branch
            topDepth = Self.depth(of: branch, in: chart)
        }
        let wanted = layer ?? topDepth + 1
        var picked: [OrgUnit] = []
        func walk(_ id: String, depth: Int) {
            if depth == wanted, let unit = chart.unit(id) { picked.append(unit) }
            guard depth < wanted else { return }
            for child in chart.childrenByID[id] ?? [] { walk(child, depth: depth + 1) }
        }
        walk(top, depth: topDepth)
        if picked.isEmpty { reader.report(OwnershipBindingError.noColumnsFrom(chart: name), at: node) }
        let location = reader.location(node)
        let people = chart.subject == .people
        return picked.map { unit in
            MatrixColumn(id: unit.id, name: unit.name, unit: people ? nil : unit.id, person: people ? unit.id : nil, location: location)
        }
    }

    /// Reports every bound column whose unit or person is not in the chart (or charts) it
    /// binds to.
    func check(_ columns: [MatrixColumn], rows: [MatrixRow]) {
        let charts = chart.map { [$0] } ?? reader.context.matrixCharts ?? []
        for column in columns where column.unit != nil || column.person != nil {
            guard !charts.isEmpty else {
                // In a report whose chart failed to load, that failure is the message.
                if reader.context.matrixCharts == nil {
                    reader.context.report(OwnershipBindingError.noChart(column: column.id), at: column.location)
                }
                continue
            }
            let name = charts.map(\.name).joined(separator: " or ")
            let accountable = rows.filter { $0.cells[column.id]?.contains("A") == true }.map(\.task)
            if let unit = column.unit {
                let ids = charts.flatMap { $0.chart.subject == .units ? $0.chart.units.map(\.id) : [] }
                if !ids.contains(unit) {
                    reader.context.report(
                        OwnershipBindingError.unknownUnit(
                            column: column.id, unit: unit, chart: name,
                            suggestion: NameSuggestion.closest(to: unit, in: ids),
                            accountable: accountable),
                        at: column.location)
                }
            }
            if let person = column.person {
                let ids = charts.flatMap { $0.chart.subject == .people ? $0.chart.units.map(\.id) : $0.chart.people.map(\.id) }
                if !ids.contains(person) {
                    reader.context.report(
                        OwnershipBindingError.unknownPerson(
                            column: column.id, person: person, chart: name,
                            suggestion: NameSuggestion.closest(to: person, in: ids),
                            accountable: accountable),
                        at: column.location)
                }
            }
        }
    }

    private mutating func load(_ node: YAMLNode, key: YAMLNode, what: String) {
        guard let relative = reader.text(node, what: "\(what) (an org chart file)"), !relative.isEmpty else { return }
        let file = FilePath.resolve(relative, against: baseDirectory)
        if orgFile == file { return }
        guard
            case .orgChart(let loaded)? = OrgDataLoader.decodeFile(
                file, kind: .orgChart, referencedAt: reader.location(key),
                baseDirectory: baseDirectory, context: reader.context)
        else { return }
        orgFile = file
        chart = (quoted(relative), loaded)
    }

    private static func depth(of id: String, in chart: OrgChart) -> Int {
        var depth = 1
        var current = chart.unit(id)
        while let parent = current?.parent, depth <= chart.units.count {
            depth += 1
            current = chart.unit(parent)
        }
        return depth
    }
}
