import Foundation
import Testing

/// `orgbook new` from a binary copied out of the checkout, the way an installed one runs:
/// the starter builds, passes `check --strict`, and shows a diagram of each kind and a report.
@Suite struct StarterSiteTests {
    /// A temporary folder holding only a copy of the built `orgbook`, run from there.
    static func copiedBinary() throws -> (folder: URL, binary: URL) {
        let folder = try TestSupport.temporaryFolder()
        let binary = folder.appendingPathComponent("bin/orgbook")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.executable, to: binary)
        return (folder, binary)
    }

    @Test func aCopiedBinaryMakesAStarterThatBuildsAndPassesStrictCheck() throws {
        let (folder, binary) = try Self.copiedBinary()
        let created = try TestSupport.run(["new", "mysite"], in: folder, binary: binary)
        #expect(created.status == 0, "\(created.stderr)")
        let site = folder.appendingPathComponent("mysite")
        let check = try TestSupport.run(["check", "--strict"], in: site, binary: binary)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "No problems found\n", "\(check.stdout)")
        let build = try TestSupport.run(["build"], in: site, binary: binary)
        #expect(build.status == 0, "\(build.stderr)")

        let diagrams = try TestSupport.read(site.appendingPathComponent("Public/guide/diagrams/index.html"))
        for kind in ["orgchart", "org-diff", "decision-tree", "ownership-matrix"] {
            #expect(diagrams.contains("class=\"diagram diagram-\(kind)"), "no \(kind) drawn")
        }
        let report = try TestSupport.read(site.appendingPathComponent("Public/reports/sample-client/index.html"))
        for part in ["report-maturity", "report-organisation", "report-ownership", "on-path", "How we worked"] {
            #expect(report.contains(part), "the sample report lacks \(part)")
        }
        let readme = try TestSupport.read(site.appendingPathComponent("README.md"))
        #expect(readme.contains("orgbook serve") && readme.contains("--offline"))
    }

    @Test func starterYAMLNamesSchemasThatExistBesideIt() throws {
        let (folder, binary) = try Self.copiedBinary()
        #expect(try TestSupport.run(["new", "mysite"], in: folder, binary: binary).status == 0)
        let site = folder.appendingPathComponent("mysite")
        let enumerator = FileManager.default.enumerator(at: site.appendingPathComponent("Content"), includingPropertiesForKeys: nil)
        var checked = 0
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "yaml" else { continue }
            let firstLine = try TestSupport.read(url).split(separator: "\n").first.map(String.init) ?? ""
            let prefix = "# yaml-language-server: $schema="
            #expect(firstLine.hasPrefix(prefix), "\(url.lastPathComponent) names no schema")
            let schema = url.deletingLastPathComponent().appendingPathComponent(String(firstLine.dropFirst(prefix.count)))
                .standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: schema.path), "\(url.lastPathComponent): \(schema.path) is missing")
            checked += 1
        }
        #expect(checked >= 8)
    }

    @Test func bareMakesTheMinimum() throws {
        let (folder, binary) = try Self.copiedBinary()
        #expect(try TestSupport.run(["new", "--bare", "mini"], in: folder, binary: binary).status == 0)
        let site = folder.appendingPathComponent("mini")
        let content = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Content").path).sorted()
        #expect(content == ["index.md", "site.yaml"])
        let check = try TestSupport.run(["check", "--strict"], in: site, binary: binary)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func newRefusesAFolderInUseAndLeavesNothingBehind() throws {
        let (folder, binary) = try Self.copiedBinary()
        try TestSupport.write("mine", to: folder.appendingPathComponent("taken/notes.txt"))
        let again = try TestSupport.run(["new", "taken"], in: folder, binary: binary)
        #expect(again.status != 0)
        #expect(again.stderr.contains("is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("taken").path) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bin", "taken"])
    }
}

extension StarterSiteTests {
    @Test func newFillsTheEmptyCurrentFolderInPlace() throws {
        let (folder, binary) = try Self.copiedBinary()
        let here = folder.appendingPathComponent("here")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        let created = try TestSupport.run(["new", "."], in: here, binary: binary)
        #expect(created.status == 0, "\(created.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: here.path).sorted()
        #expect(entries == ["Content", "README.md", "Templates", "schemas"])
        #expect(try TestSupport.run(["check", "--strict"], in: here, binary: binary).status == 0)
    }
}
