import Diagnostics
import OrgModel
import YAML

/// Reads an ownership matrix: a `legend` of codes (or `legend: raci`), `columns`, and
/// `rows` that are tasks or groups of tasks, each task with `cells` of codes per column.
public enum OwnershipMatrixYAMLReader {
    public static let documentKeys = ["kind", "title", "legend", "columns", "rows", "org", "rules", "limits", "max-consulted"]

    /// The legend `legend: raci` stands for.
    static let raciLegend = [
        LegendEntry(code: "R", label: "Responsible", description: "does the work"),
        LegendEntry(code: "A", label: "Accountable", description: "answers for the result; one per task"),
        LegendEntry(code: "C", label: "Consulted", description: "gives input before decisions"),
        LegendEntry(code: "I", label: "Informed", description: "is kept up to date"),
    ]

    /// `baseDirectory` resolves `org:` and `columns: {from:}` files.
    public static func read(
        _ fields: YAMLFields, node: YAMLNode, title: String?, reader: YAMLReader,
        baseDirectory: String = ""
    ) -> OwnershipMatrix? {
        let errorsBefore = reader.context.errorCount
        let here = reader.location(node)
        for key in ["legend", "columns", "rows"] where fields[key] == nil {
            reader.context.report(DataFormatError.missingKey(key: key, in: "the ownership matrix"), at: here)
        }
        let (legend, isRACI) = fields["legend"].map { self.legend($0, reader: reader) } ?? ([], false)
        var binding = OwnershipBindingReader(reader: reader, baseDirectory: baseDirectory)
        binding.readOrg(fields)
        let columns =
            fields["columns"].map {
                binding.isFromChart($0)
                    ? binding.columnsFromChart($0)
                    : self.columns($0, legend: legend, reader: reader)
            } ?? []
        let rowReader = RowReader(reader: reader, codes: legend.map(\.code), columnIDs: columns.map(\.id))
        let groups = fields["rows"].map { rowReader.groups($0) } ?? []
        let rules = RACIRulesReader.read(fields, legend: legend, reader: reader)
        binding.check(columns, rows: groups.flatMap(\.rows))
        guard reader.context.errorCount == errorsBefore else { return nil }
        var matrix = OwnershipMatrix(title: title, legend: legend, columns: columns, groups: groups, isRACI: isRACI)
        matrix.rules = rules
        matrix.orgFile = binding.orgFile
        for problem in RACICheck.problems(in: matrix) { reader.context.append(problem) }
        guard reader.context.errorCount == errorsBefore else { return nil }
        return matrix
    }

    private static func legend(_ node: YAMLNode, reader: YAMLReader) -> ([LegendEntry], Bool) {
        if case .scalar = node, !node.isNull {
            let name = reader.text(node, what: "'legend'") ?? ""
            guard name.lowercased() == "raci" else {
                reader.report(OwnershipMatrixError.unknownLegendShorthand(name), at: node)
                return ([], false)
            }
            return (raciLegend, true)
        }
        var entries: [LegendEntry] = []
        var codes: Set<String> = []
        for item in reader.sequence(node, what: "'legend'") ?? [] {
            guard let mapping = reader.mapping(item, what: "a legend entry") else { continue }
            let fields = reader.fields(mapping, known: ["code", "label", "description"])
            let code = fields["code"].flatMap { reader.text($0, what: "'code'") } ?? ""
            let label = fields["label"].flatMap { reader.text($0, what: "'label'") } ?? ""
            let description = fields["description"].flatMap { reader.text($0, what: "'description'") } ?? ""
            if code.isEmpty {
                reader.report(OwnershipMatrixError.emptyCode, at: fields["code"] ?? item)
                continue
            }
            if !codes.insert(code).inserted {
                reader.report(OwnershipMatrixError.duplicateCode(code), at: fields["code"]!)
                continue
            }
            if label.isEmpty { reader.report(OwnershipMatrixError.emptyLabel(code: code), at: fields["label"] ?? item) }
            entries.append(LegendEntry(code: code, label: label, description: description.isEmpty ? nil : description))
        }
        // A legend spelt out as exactly R, A, C, I is RACI too, and gets its lint.
        return (entries, codes == ["R", "A", "C", "I"])
    }

    private static func columns(_ node: YAMLNode, legend: [LegendEntry], reader: YAMLReader) -> [MatrixColumn] {
        var columns: [MatrixColumn] = []
        var ids: Set<String> = []
        for item in reader.sequence(node, what: "'columns' (a list, or {from: FILE})") ?? [] {
            guard let mapping = reader.mapping(item, what: "a column") else { continue }
            let fields = reader.fields(mapping, known: ["id", "name", "unit", "person", "limits"])
            let id = fields["id"].flatMap { reader.text($0, what: "'id'") } ?? ""
            let name = fields["name"].flatMap { reader.text($0, what: "'name'") } ?? ""
            if id.isEmpty {
                reader.report(OwnershipMatrixError.emptyColumnID, at: fields["id"] ?? item)
                continue
            }
            if !ids.insert(id).inserted {
                reader.report(OwnershipMatrixError.duplicateColumn(id), at: fields["id"]!)
                continue
            }
            if name.isEmpty { reader.report(OwnershipMatrixError.emptyColumnName(column: id), at: fields["name"] ?? item) }
            let unit = fields["unit"].flatMap { reader.text($0, what: "'unit'") }.flatMap { $0.isEmpty ? nil : $0 }
            let person = fields["person"].flatMap { reader.text($0, what: "'person'") }.flatMap { $0.isEmpty ? nil : $0 }
            if unit != nil, person != nil { reader.report(OwnershipBindingError.unitAndPerson(column: id), at: item) }
            var column = MatrixColumn(
                id: id, name: name, unit: unit, person: person,
                location: reader.location(fields["unit"] ?? fields["person"] ?? item))
            if let limits = fields["limits"] {
                column.limits = RACIRulesReader.limits(limits, legend: legend, key: "limits", reader: reader)
            }
            columns.append(column)
        }
        return columns
    }

    /// Reads rows against a known legend and columns.
    private struct RowReader {
        let reader: YAMLReader
        /// In legend order, for hints.
        let codes: [String]
        /// In column order, for hints.
        let columnIDs: [String]
        private let codeSet: Set<String>
        private let columnSet: Set<String>

        init(reader: YAMLReader, codes: [String], columnIDs: [String]) {
            self.reader = reader
            self.codes = codes
            self.columnIDs = columnIDs
            self.codeSet = Set(codes)
            self.columnSet = Set(columnIDs)
        }

        /// Groups in order; consecutive tasks given without a group share one unnamed group.
        func groups(_ node: YAMLNode) -> [MatrixRowGroup] {
            var groups: [MatrixRowGroup] = []
            for item in reader.sequence(node, what: "'rows'") ?? [] {
                guard let mapping = reader.mapping(item, what: "a row") else { continue }
                let isGroup = mapping["group"] != nil
                let fields = reader.fields(mapping, known: isGroup ? ["group", "tasks"] : ["task", "cells"])
                if isGroup {
                    let name = fields["group"].flatMap { reader.text($0, what: "'group'") } ?? ""
                    if name.isEmpty { reader.report(OwnershipMatrixError.emptyGroupName, at: fields["group"]!) }
                    let tasks = (fields["tasks"].flatMap { reader.sequence($0, what: "'tasks'") } ?? []).compactMap { task in
                        reader.mapping(task, what: "a task").map { row(reader.fields($0, known: ["task", "cells"]), at: task) }
                    }
                    groups.append(MatrixRowGroup(name: name, rows: tasks))
                } else if groups.last?.name == nil, !groups.isEmpty {
                    groups[groups.count - 1].rows.append(row(fields, at: item))
                } else {
                    groups.append(MatrixRowGroup(name: nil, rows: [row(fields, at: item)]))
                }
            }
            return groups
        }

        func row(_ fields: YAMLFields, at node: YAMLNode) -> MatrixRow {
            let here = reader.location(node)
            let task = fields["task"].flatMap { reader.text($0, what: "'task'") } ?? ""
            if task.isEmpty { reader.report(OwnershipMatrixError.emptyTask, at: fields["task"] ?? node) }
            var cells: [String: [String]] = [:]
            if let cellsNode = fields["cells"], !cellsNode.isNull,
                let mapping = reader.mapping(cellsNode, what: "'cells'")
            {
                // Unknown column ids are errors below, not unknown-key warnings.
                let cellFields = reader.fields(mapping, known: nil)
                for column in cellFields.order {
                    let keyNode = cellFields.keyNode(column)!
                    if !columnSet.contains(column) {
                        reader.report(OwnershipMatrixError.unknownColumn(id: column, known: columnIDs), at: keyNode)
                        continue
                    }
                    var cell: [String] = []
                    for (code, codeNode) in reader.textList(cellFields[column]!, what: "a cell") {
                        if codeSet.contains(code) {
                            cell.append(code)
                        } else {
                            reader.report(OwnershipMatrixError.unknownCode(code: code, known: codes), at: codeNode)
                        }
                    }
                    cells[column] = cell
                }
            }
            return MatrixRow(task: task, cells: cells, location: here)
        }
    }
}
