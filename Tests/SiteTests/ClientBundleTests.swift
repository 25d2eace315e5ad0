import Foundation
import Testing

@testable import Export
@testable import Site

/// One client per bundle: a report's zip holds that client alone, and a site zip holds no
/// client unless asked.
@Suite struct ClientBundleTests {
    /// Every entry of `zip` and the entries whose bytes contain any of `needles`, read
    /// with Python's zipfile (an independent reader).
    static func scan(_ zip: Data, for needles: [String]) throws -> (names: [String], hits: [String]) {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bundle.zip")
        try zip.write(to: file)
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None, "bad CRC"
            needles = [n.encode() for n in sys.argv[2:]]
            for name in z.namelist():
                data = z.read(name)
                print(("HIT " if any(n in data for n in needles) else "") + name)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path] + needles
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return (
            lines.map { $0.hasPrefix("HIT ") ? String($0.dropFirst(4)) : $0 },
            lines.filter { $0.hasPrefix("HIT ") }.map { String($0.dropFirst(4)) }
        )
    }

    @Test func aReportZipHoldsThatClientAlone() throws {
        let export = try ClientBundle.export(
            bundle: ReportRepository.sample("harbourline-mutual"),
            templatesDirectory: ReportRepository.templates)
        let (names, hits) = try Self.scan(export.zip, for: ["Fernhill", "fernhill"])
        #expect(names.contains("reports/harbourline-mutual/index.html"))
        #expect(names.contains("reports/index.html"))
        #expect(names.contains("index.html"))  // the playbook pages it links to, with navigation
        #expect(!names.contains { $0.hasPrefix("reports/fernhill-rowe/") })
        #expect(hits == [], "other client named in \(hits)")
        #expect(!names.contains { [".yaml", ".yml", ".csv"].contains(where: $0.hasSuffix) })
    }

    @Test func aSiteZipLeavesReportsOutUnlessAsked() throws {
        let content = ReportRepository.root.appendingPathComponent("Content")
        let without = try SiteArchive.export(contentDirectory: content, templatesDirectory: ReportRepository.templates)
        let (names, hits) = try Self.scan(without.zip, for: ["Harbourline", "Fernhill"])
        #expect(!names.contains { $0.hasPrefix("reports/") })
        #expect(hits == [], "a client named in \(hits)")

        let with = try SiteArchive.export(
            contentDirectory: content, templatesDirectory: ReportRepository.templates,
            includeReports: true)
        let all = try Self.scan(with.zip, for: [])
        #expect(all.names.contains("reports/harbourline-mutual/index.html"))
        #expect(all.names.contains("reports/fernhill-rowe/index.html"))
    }

    @Test func aFolderWithoutAReportIsRefused() throws {
        let content = ReportRepository.root.appendingPathComponent("Content/choosing-a-model").path
        #expect(throws: (any Error).self) {
            try ClientBundle.export(bundle: content, templatesDirectory: ReportRepository.templates)
        }
    }
}
