import Foundation
import Testing

/// `make deps` installs what the PDF export needs, as it does the libraries: Chromium and
/// the diagrams' font when missing, nothing (and no output) when they are there.
@Suite struct MakeDepsTests {
    static let make = "/usr/bin/make"

    /// `make -s deps` with `apt-get` replaced by `echo`, and `PATH` as given.
    static func deps(path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: make)
        process.arguments = ["-s", "-C", ReportRepository.root.path, "deps", "APT=echo apt-get"]
        process.environment = ["PATH": path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: make))) func installsChromiumWhenMissing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every program of /usr/bin and /bin but the browser.
        for directory in ["/usr/bin", "/bin"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where !name.hasPrefix("chromium") {
                try? FileManager.default.createSymbolicLink(
                    atPath: folder.appendingPathComponent(name).path, withDestinationPath: directory + "/" + name)
            }
        }
        #expect(try Self.deps(path: folder.path).contains("==> installing chromium fonts-liberation"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")))
    func isQuietWhenEverythingIsThere() throws {
        let output = try Self.deps(path: "/usr/local/bin:/usr/bin:/bin")
        #expect(!output.contains("installing"), "\(output)")
    }
}
