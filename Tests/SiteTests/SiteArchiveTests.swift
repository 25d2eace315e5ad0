import ByteText
import Foundation
import Testing

@testable import Export
@testable import Site

/// `orgbook export --site`: a zipped offline build that any unzip tool opens.
@Suite struct SiteArchiveTests {
    /// Lists a zip's entries with Python's zipfile, an independent reader that checks every
    /// CRC (`testzip`), and prints the named entry's text.
    static func inspect(_ zip: URL, entry: String) throws -> (names: [String], text: String) {
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None, "bad CRC"
            print("\\n".join(z.namelist()))
            print("----")
            print(z.read(sys.argv[2]).decode("utf-8"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, zip.path, entry]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parts = String(decoding: data, as: UTF8.self).components(separatedBy: "----\n")
        return (parts[0].split(separator: "\n").map(String.init), parts.count > 1 ? parts[1] : "")
    }

    @Test func crcMatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Data()) == 0)
    }

    @Test func sameFilesGiveTheSameBytes() throws {
        func archive() throws -> Data {
            var zip = ZipWriter()
            try zip.add(path: "index.html", contents: Data("<p>hi</p>".utf8))
            try zip.add(path: "assets/site.css", contents: Data("body{}".utf8))
            return try zip.finish()
        }
        #expect(try archive() == archive())
    }

    @Test func exportsTheSiteBuiltOfflineAsAZip() throws {
        let site = try TestSupport.copySite("valid")
        let result = try TestSupport.run(["export", "--site", "Content", "-o", "site.zip"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote site.zip"))
        let (names, home) = try Self.inspect(site.appendingPathComponent("site.zip"), entry: "index.html")
        #expect(names.contains("index.html"))
        #expect(names.contains("404.html"))
        #expect(names.contains { $0.hasPrefix("assets/") })
        #expect(names == names.sorted())
        // Offline links name index.html so the unpacked site browses from file://.
        #expect(home.contains("index.html\""))
        // Nothing is written to the configured output folder.
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/index.html").path))
    }

    @Test func refusesToGuessWhatToExport() throws {
        let site = try TestSupport.copySite("valid")
        let neither = try TestSupport.run(["export", "-o", "out.zip"], in: site)
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("--site"))
        let both = try TestSupport.run(["export", "Content/reports/x", "--site", "Content", "-o", "out.zip"], in: site)
        #expect(both.status != 0)
        #expect(both.stderr.contains("not both"))
    }

    @Test func aMissingContentFolderWritesNoZip() throws {
        let site = try TestSupport.copySite("valid")
        let result = try TestSupport.run(["export", "--site", "Nowhere", "-o", "site.zip"], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("error:"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("site.zip").path))
    }
}
