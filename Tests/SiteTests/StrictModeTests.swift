import Foundation
import Testing

/// `--strict` makes warnings fail a CI run; `--version` answers.
@Suite struct StrictModeTests {
    /// A site whose only problem is a warning: a fence named almost like a diagram kind.
    static func siteWithAWarning() throws -> URL {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("---\ntitle: Alpha\n---\n\n```org-chart\nx\n```\n", to: site.appendingPathComponent("Content/guide/alpha.md"))
        return site
    }

    @Test func checkPassesWithAWarningAndFailsWithStrict() throws {
        let site = try Self.siteWithAWarning()
        let plain = try TestSupport.run(["check"], in: site)
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("warning: `org-chart` is not a diagram kind"))
        let strict = try TestSupport.run(["check", "--strict"], in: site)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: `org-chart` is not a diagram kind"))
    }

    @Test func buildFailsWithStrictOnWarnings() throws {
        let site = try Self.siteWithAWarning()
        #expect(try TestSupport.run(["build"], in: site).status == 0)
        let strict = try TestSupport.run(["build", "--strict"], in: site)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("1 warning with --strict"))
    }

    @Test func strictPassesOnACleanSite() throws {
        let site = try TestSupport.copySite("valid")
        #expect(try TestSupport.run(["check", "--strict"], in: site).status == 0)
    }

    @Test func versionIsPrinted() throws {
        let result = try TestSupport.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: ".").count == 3)
    }
}
