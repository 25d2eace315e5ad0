import Diagnostics
import Foundation
import Site

/// A throwaway site folder (`Content/`, `Templates/`, `Public/`) under the temp folder,
/// plus a small real builder for it, standing in for the Site build while that is written
/// elsewhere: each `Content/x.md` becomes `Public/x.html`, and a page containing `BROKEN`
/// fails the build with a located diagnostic and leaves `Public/` as it was.
final class TestSite: @unchecked Sendable {
    let root: URL
    var content: URL { root.appendingPathComponent("Content") }
    var templates: URL { root.appendingPathComponent("Templates") }
    var output: URL { root.appendingPathComponent("Public") }

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("orgbook-serve-\(UUID().uuidString)", isDirectory: true)
        for folder in [content, templates, output] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `text` to `relativePath` under `folder`, creating folders on the way.
    @discardableResult
    func write(_ text: String, to relativePath: String, in folder: URL? = nil) throws -> URL {
        let url = (folder ?? root).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    func writeOutput(_ text: String, to relativePath: String) throws {
        try write(text, to: relativePath, in: output)
    }

    func writeContent(_ text: String, to relativePath: String) throws {
        try write(text, to: relativePath, in: content)
    }

    func readOutput(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Builds every page; validates them all before writing any.
    func build() throws -> BuildReport {
        let started = ContinuousClock.now
        let files = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        var pages: [(path: String, html: String)] = []
        var problems: [Diagnostic] = []
        for file in files.sorted() {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if let broken = lines.firstIndex(where: { $0.contains("BROKEN") }) {
                problems.append(
                    .error(
                        at: SourceLocation(path: "Content/\(file)", line: broken + 1),
                        "unclosed <div> in \"\(file)\"", hint: "close it with </div>"))
                continue
            }
            let body = lines.map { "<p>\($0)</p>" }.joined()
            pages.append(
                (
                    String(file.dropLast(3)) + ".html",
                    "<!doctype html><html><head><title>\(file)</title></head><body>\(body)</body></html>\n"
                ))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        for page in pages { try writeOutput(page.html, to: page.path) }
        return BuildReport(
            pageCount: pages.count, filesWritten: pages.count, duration: started.duration(to: .now),
            warnings: [], changedOutputs: pages.map(\.path))
    }
}
