import Foundation
import Testing

/// One example of a spec, extracted into the JSON fixtures from the CommonMark 0.30 spec
/// (test/spec.txt of cmark 0.30.2, Debian's source package) and the GFM 0.29 spec
/// (its `example table` blocks). Tabs are real tabs, as in the spec's own test runner.
struct SpecExample: Decodable, Sendable {
    var example: Int
    var section: String
    var markdown: String
    var html: String

    static func load(_ name: String) throws -> [SpecExample] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode([SpecExample].self, from: Data(contentsOf: url))
    }
}
