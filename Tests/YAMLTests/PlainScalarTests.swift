import Foundation
import Testing

@testable import YAML

/// `PlainScalar` must type every plain scalar as YAML 1.1's core schema does. The oracle is
/// the schema's regular expressions, run by Foundation; the byte loops must agree with them.
@Suite struct PlainScalarTests {
    static let samples = [
        "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "on", "OFF", "y", "n", "true", "False",
        "0", "-0", "+0", "00", "07", "08", "09", "0o17", "0o", "0o8", "0b101", "0b", "0b2", "0x1F", "0x", "0xg", "-0x1_f",
        "1", "12", "1_000", "+12", "-12", "1__", "_1", "1:30", "1:30:59", "1:60", "1:5", "1:", "190:20:30", "1:75",
        "1.5", "1.", "-1.5", "+.5", ".5", ".5e3", ".5e+3", "._", "1e3", "1e", "1E+3", "1.5e-3", "1_0.0_1", "1:30.5",
        "1:30.", "1:30", ".inf", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", "-.nan", "inf", "nan",
        "2024-01-01", "<<", "=", "https://example.com", "Account management", "v1.2", "1.2.3", "1,000", "١٢", "12 ",
    ]

    static let patterns: [(PlainScalar.Kind, String)] = [
        (.bool, "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"),
        (.int, "^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"),
        (
            .float,
            "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
        ),
        (.null, "^(?:~|null|Null|NULL|)$"),
    ]
    static let rules = patterns.map { ($0.0, try! NSRegularExpression(pattern: $0.1)) }

    /// The first rule whose expression matches the whole text; otherwise a string.
    static func expected(_ text: String) -> PlainScalar.Kind {
        let range = NSRange(text.startIndex..., in: text)
        return rules.first { $0.1.firstMatch(in: text, range: range) != nil }?.0 ?? .string
    }

    @Test func agreesWithTheSchemaOnSamples() {
        for sample in Self.samples {
            #expect(PlainScalar.kind(sample) == Self.expected(sample), "\(sample)")
        }
    }

    @Test func agreesWithTheSchemaOnGeneratedScalars() {
        // Every string of up to four characters over an alphabet of the rules' characters.
        let alphabet = Array("0157_:.eE+-xbo")
        var strings = [""]
        for _ in 1...4 { strings = strings.flatMap { s in alphabet.map { s + String($0) } } + strings }
        var disagreements: [String] = []
        for string in Set(strings) where PlainScalar.kind(string) != Self.expected(string) {
            disagreements.append(string)
        }
        #expect(disagreements.isEmpty, "\(disagreements.sorted().prefix(20))")
    }

    @Test func valuesFollowTheirKind() throws {
        func value(_ yaml: String) throws -> YAMLValue {
            YAMLValue(node: try #require(try YAMLComposer.compose("v: \(yaml)")))
        }
        func scalar(_ yaml: String) throws -> YAMLValue {
            guard case .map(let map) = try value(yaml), let v = map["v"] else {
                throw YAMLSyntaxError(problem: "no map", line: 0, column: 0)
            }
            return v
        }
        #expect(try scalar("10") == .int(10))
        #expect(try scalar("-1_000") == .int(-1000))
        #expect(try scalar("0x1F") == .int(31))
        #expect(try scalar("0b101") == .int(5))
        #expect(try scalar("017") == .int(15))
        #expect(try scalar("0o17") == .int(15))
        #expect(try scalar("1:30") == .int(90))
        #expect(try scalar("99999999999999999999") == .string("99999999999999999999"))
        #expect(try scalar("1.5e3") == .double(1500))
        #expect(try scalar("-.inf") == .double(-.infinity))
        #expect(try scalar("1:30.5") == .double(90.5))
        #expect(try scalar("Yes") == .bool(true))
        #expect(try scalar("off") == .bool(false))
        #expect(try scalar("~") == .null)
        #expect(try scalar("'10'") == .string("10"))
        #expect(try scalar("\"yes\"") == .string("yes"))
        #expect(try scalar("[a, 1]") == .list([.string("a"), .int(1)]))
        #expect(try scalar("{k: v}") == .map(["k": .string("v")]))
    }
}
