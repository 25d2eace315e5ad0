import Diagnostics
import Foundation
import Markdown

@testable import Site

/// Fixture sites, temporary folders and the built `orgbook` executable for tests.
enum TestSupport {
    /// `Tests/SiteTests/Fixtures` in the source tree (golden files are updated there).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A new empty folder, inside this run's folder.
    static func temporaryFolder() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.resolvingSymlinksInPath()
    }

    /// The folder under the system temporary folder that holds every temporary folder of
    /// this test run, removed when the test process exits: tests hand their folders to
    /// the built binary and to each other's helpers, so none can tidy up on its own, and
    /// each run would otherwise leave a few hundred folders behind.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-tests-\(getpid())-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: TestSupport.runFolder) }
        return url
    }()

    /// A copy of the fixture site `name` (its `Content/` and `Templates/`) in a temporary folder.
    static func copySite(_ name: String) throws -> URL {
        let folder = try temporaryFolder()
        for part in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent("sites/\(name)/\(part)"),
                to: folder.appendingPathComponent(part))
        }
        return folder
    }

    /// A site folder with the fixture templates and the given content files (path → text).
    static func makeSite(_ files: [String: String], templates: String = "valid") throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("sites/\(templates)/Templates"),
            to: folder.appendingPathComponent("Templates"))
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for (path, text) in files { try write(text, to: content.appendingPathComponent(path)) }
        return folder
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func configuration(_ site: URL, output: String = "Public", offline: Bool = false, drafts: Bool = false) -> BuildConfiguration {
        BuildConfiguration(
            contentDirectory: site.appendingPathComponent("Content"),
            templatesDirectory: site.appendingPathComponent("Templates"),
            outputDirectory: site.appendingPathComponent(output), offline: offline, includeDrafts: drafts)
    }

    /// A builder for `site` with the templates in `templates` (the shipped ones, say).
    static func builder(_ site: URL, templates: URL) -> SiteBuilder {
        var configuration = configuration(site)
        configuration.templatesDirectory = templates
        return SiteBuilder(configuration: configuration)
    }

    static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// Every file under `folder` with its bytes, to prove an output was left untouched.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let root = folder.resolvingSymlinksInPath().path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url) { result[String(url.resolvingSymlinksInPath().path.dropFirst(root.count))] = data }
        }
        return result
    }

    /// The diagnostics a throwing call threw.
    static func diagnostics(_ body: () throws -> Void) -> [Diagnostic] {
        do {
            try body()
            return []
        } catch { return DiagnosticError(error, at: nil).diagnostics }
    }

    /// The `orgbook` executable built beside the test bundle.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("orgbook")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/orgbook")
    }

    struct ProcessResult {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `orgbook arguments…` (or another `binary`) in `directory` and collects its
    /// output. `environment` replaces this process's environment when given.
    static func run(
        _ arguments: [String], in directory: URL, binary: URL? = nil, environment: [String: String]? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = binary ?? executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output never blocks the child on a full pipe.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// True once the Markdown target records headings and links (the placeholder does not).
    static let markdownRecordsLinks: Bool = {
        guard let rendered = try? MarkdownRenderer.render("## A\n\n[x](y.md)\n") else { return false }
        return !rendered.links.isEmpty && !rendered.headings.isEmpty
    }()

    /// True when running as root, which reads files whatever their permissions.
    static var isRoot: Bool { getuid() == 0 }
}
