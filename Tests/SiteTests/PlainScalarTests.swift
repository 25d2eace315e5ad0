import Testing
import Yams
@testable import Site

/// `PlainScalar` must type every plain scalar exactly as Yams's regular expressions do.
@Suite struct PlainScalarTests {
    static let samples = [
        "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "on", "OFF", "y", "n", "true", "False",
        "0", "-0", "+0", "00", "07", "08", "09", "0o17", "0o", "0o8", "0b101", "0b", "0b2", "0x1F", "0x", "0xg", "-0x1_f",
        "1", "12", "1_000", "+12", "-12", "1__", "_1", "1:30", "1:30:59", "1:60", "1:5", "1:", "190:20:30", "1:75",
        "1.5", "1.", "-1.5", "+.5", ".5", ".5e3", ".5e+3", "._", "1e3", "1e", "1E+3", "1.5e-3", "1_0.0_1", "1:30.5",
        "1:30.", "1:30", ".inf", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", "-.nan", "inf", "nan",
        "2024-01-01", "<<", "=", "https://example.com", "Account management", "v1.2", "1.2.3", "1,000", "١٢", "12 ",
    ]

    @Test func agreesWithYamsOnSamples() {
        for sample in Self.samples {
            #expect(PlainScalar.tagName(sample) == expected(sample), "\(sample)")
        }
    }

    @Test func agreesWithYamsOnGeneratedScalars() {
        // Every string of up to four characters over an alphabet of the rules' characters.
        let alphabet = Array("0157_:.eE+-xbo")
        var strings = [""]
        for _ in 1...4 { strings = strings.flatMap { s in alphabet.map { s + String($0) } } + strings }
        var disagreements: [String] = []
        for string in Set(strings) where PlainScalar.tagName(string) != expected(string) {
            disagreements.append(string)
        }
        #expect(disagreements.isEmpty, "\(disagreements.sorted().prefix(20))")
    }

    /// What Yams resolves, with merge keys, timestamps and `=` read as text.
    private func expected(_ text: String) -> Yams.Tag.Name {
        let name = Resolver.default.resolveTag(of: Node(text))
        return [.bool, .int, .float, .null].contains(name) ? name : .str
    }
}
