import BuiltInFiles
import Diagnostics
import Foundation
import SiteFiles

/// `orgbook new DIR`: a small working site with its own copy of the templates and the
/// JSON Schemas its YAML files name, from the files compiled into the binary.
public enum SiteScaffold {
    /// Which starter to write.
    public enum Starter: String, Sendable {
        /// A page, a diagram of each kind, decision-tree outcome pages and a sample report.
        case site
        /// `site.yaml` and a home page.
        case bare
    }

    /// The folder under `schemas/` (beside `Content/`) that the starter's
    /// `# yaml-language-server: $schema=` lines point at.
    public static let schemasFolder = "schemas"

    /// Creates `directory` with the starter's `Content/` and `README.md`, `Templates/` (a copy
    /// of `templates`, or the built-in ones when nil) and `schemas/`. Refuses a folder that
    /// exists and is not empty. Everything is written to a staging folder beside `directory`
    /// and moved into place at the end, so a failure leaves nothing half-made.
    public static func create(at directory: URL, templates: URL? = nil, starter: Starter = .site) throws {
        let fileManager = FileManager.default
        let display = SourceFile.displayPath(for: directory)
        if let existing = try? fileManager.contentsOfDirectory(atPath: directory.path), !existing.isEmpty {
            throw DiagnosticError(.error(at: nil, "\(display) exists and is not empty", hint: "choose a new folder name"))
        }
        if let templates, !fileManager.fileExists(atPath: templates.appendingPathComponent("page.mustache").path) {
            throw DiagnosticError(
                .error(
                    at: nil, "no templates found at \(SourceFile.displayPath(for: templates))",
                    hint: "pass --templates PATH to a folder holding page.mustache, or leave it out for the built-in templates"))
        }
        // A new folder is staged beside it and renamed into place. An existing empty folder
        // (perhaps the current one) is kept: staged inside, then its parts moved out.
        let exists = fileManager.fileExists(atPath: directory.path)
        let parent = exists ? directory.standardizedFileURL : directory.standardizedFileURL.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).orgbook-new-\(UUID().uuidString)")
        var moved: [URL] = []
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try write(EmbeddedFiles.files(under: "Starter/\(starter.rawValue)"), into: staging)
            if let templates {
                try fileManager.copyItem(at: templates, to: staging.appendingPathComponent("Templates"))
            } else {
                try write(EmbeddedFiles.files(under: "Templates"), into: staging.appendingPathComponent("Templates"))
            }
            try write(EmbeddedFiles.files(under: "Schemas"), into: staging.appendingPathComponent(schemasFolder))
            if exists {
                for name in try fileManager.contentsOfDirectory(atPath: staging.path) {
                    let target = directory.appendingPathComponent(name)
                    try fileManager.moveItem(at: staging.appendingPathComponent(name), to: target)
                    moved.append(target)
                }
                try fileManager.removeItem(at: staging)
            } else {
                try fileManager.moveItem(at: staging, to: directory)
            }
        } catch {
            for item in moved { try? fileManager.removeItem(at: item) }
            try? fileManager.removeItem(at: staging)
            throw DiagnosticError(
                .error(
                    at: nil, "cannot create the site in \(display): \(error.localizedDescription)",
                    hint: "check that the parent folder exists and is writable"))
        }
    }

    /// Writes `files` (paths relative to `folder`) under `folder`, creating folders as needed.
    static func write(_ files: [(path: String, text: String)], into folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
