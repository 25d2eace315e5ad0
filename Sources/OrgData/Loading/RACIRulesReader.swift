import Diagnostics
import OrgModel
import YAML

/// Reads a matrix's RACI rules: `rules:` (one level for every rule, or a level per rule),
/// `limits: {A: 8}` and `max-consulted: 4`. They need a RACI-like legend (with R and A).
enum RACIRulesReader {
    public static func read(_ fields: YAMLFields, legend: [LegendEntry], reader: YAMLReader) -> RACIRules {
        var rules = RACIRules()
        let codes = legend.map(\.code)
        let isRACILike = codes.contains("R") && codes.contains("A")
        for key in ["rules", "limits", "max-consulted"] {
            if let keyNode = fields.keyNode(key), !isRACILike, !legend.isEmpty {
                reader.report(OwnershipBindingError.rulesNeedRACI(key: key, codes: codes), at: keyNode)
            }
        }
        if let node = fields["rules"] { rules.levels = levels(node, reader: reader) }
        if let node = fields["limits"] { rules.limits = limits(node, legend: legend, key: "limits", reader: reader) }
        if let node = fields["max-consulted"], let text = reader.text(node, what: "'max-consulted'") {
            if let cap = positiveWholeNumber(text) {
                rules.maxConsulted = cap
            } else {
                reader.report(OwnershipBindingError.badMaxConsulted(text), at: node)
            }
        }
        return rules
    }

    /// `rules: error` sets every rule; `rules: {accountable: error, consulted: off}` each named one.
    private static func levels(_ node: YAMLNode, reader: YAMLReader) -> [RACIRules.Rule: RACIRules.Level] {
        if case .scalar = node {
            guard let level = level(node, reader: reader) else { return [:] }
            return Dictionary(uniqueKeysWithValues: RACIRules.Rule.allCases.map { ($0, level) })
        }
        guard let mapping = reader.mapping(node, what: "'rules' (a level, or a level per rule)") else { return [:] }
        let fields = reader.fields(mapping, known: nil)
        var levels: [RACIRules.Rule: RACIRules.Level] = [:]
        for name in fields.order {
            guard let rule = RACIRules.Rule(rawValue: name) else {
                reader.report(OwnershipBindingError.unknownRule(name), at: fields.keyNode(name)!)
                continue
            }
            levels[rule] = level(fields[name]!, reader: reader)
        }
        return levels
    }

    private static func level(_ node: YAMLNode, reader: YAMLReader) -> RACIRules.Level? {
        guard let text = reader.text(node, what: "a rule level") else { return nil }
        // YAML 1.1 tools read `off` as false; accept what they would write back.
        guard let level = RACIRules.Level(rawValue: text.lowercased() == "false" ? "off" : text.lowercased()) else {
            reader.report(OwnershipBindingError.unknownLevel(text), at: node)
            return nil
        }
        return level
    }

    /// `{A: 8, R: 12}`: each a legend code and a positive whole number.
    static func limits(_ node: YAMLNode, legend: [LegendEntry], key: String, reader: YAMLReader) -> [String: Int] {
        guard let mapping = reader.mapping(node, what: "'\(key)' (caps per code, such as {A: 8})") else { return [:] }
        let fields = reader.fields(mapping, known: nil)
        let codes = legend.map(\.code)
        var limits: [String: Int] = [:]
        for code in fields.order {
            if !codes.isEmpty, !codes.contains(code) {
                reader.report(OwnershipBindingError.unknownLimitCode(code, known: codes), at: fields.keyNode(code)!)
                continue
            }
            let value = fields[code]!
            guard let text = reader.text(value, what: "the limit for '\(code)'") else { continue }
            guard let cap = positiveWholeNumber(text) else {
                reader.report(OwnershipBindingError.badLimit(code: code, found: text), at: value)
                continue
            }
            limits[code] = cap
        }
        return limits
    }

    /// `8` but not `0`, `-1`, `2.5` or `eight`.
    static func positiveWholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let value = Int(text), value > 0 else { return nil }
        return value
    }
}
