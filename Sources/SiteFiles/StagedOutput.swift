import Diagnostics
import Foundation
import OrgData
import OrgModel

/// The output of a full build, written into a staging folder beside the output folder
/// that replaces it only once every file is in place: a failed build leaves the old site
/// as it was. Unchanged files are hard-linked from the previous output instead of
/// rewritten, so their dates stay and watchers see only real changes.
///
/// `write` may run on many threads at once, each call for a different path; it makes the
/// folders it needs.
public final class StagedOutput: @unchecked Sendable {
    let output: URL
    private let staging: URL
    private let retired: URL
    private let stagingRoot: String
    private let outputRoot: String
    /// The output folder as messages name it, worked out once: it reads the working
    /// directory, a system call that every file written would repeat.
    private let outputDisplayPath: String
    /// Site-relative paths of the files in the previous output.
    private let previous: Set<String>
    private let fileManager = FileManager.default
    /// Checks every file before it is written; set before the writes start.
    public var privacy = PrivacyGuard(PrivateValues())

    /// Refuses an output that is a file, or a folder of someone else's files unless
    /// `force` (see `OutputOwnership`).
    public init(output: URL, force: Bool = false) throws(Diagnostic) {
        self.output = output.standardizedFileURL
        try OutputOwnership.check(self.output, force: force)
        let parent = self.output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging")
        retired = parent.appendingPathComponent(".\(self.output.lastPathComponent).old")
        stagingRoot = staging.path + "/"
        outputRoot = self.output.path + "/"
        outputDisplayPath = SourceFile.displayPath(for: self.output)
        previous = Self.existingFiles(in: self.output)
        do {
            try? fileManager.removeItem(at: staging)
            try? fileManager.removeItem(at: retired)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try OutputOwnership.markerText.write(to: staging.appendingPathComponent(OutputOwnership.markerName))
        } catch {
            throw failure(error)
        }
    }

    /// Puts `data` at `path`; false when the previous output had the same bytes there and
    /// was linked instead.
    public func write(_ path: String, _ data: Data) throws -> Bool {
        try privacy.check(data, writing: outputDisplayPath + "/" + path)
        let destination = stagingRoot + path
        try OutputWriter.createFolder(of: path, under: stagingRoot)
        if previous.contains(path), OutputWriter.sameBytes(atPath: outputRoot + path, as: data),
            link(outputRoot + path, destination) == 0
        {
            return false
        }
        try OutputWriter.writeFile(atPath: destination, data)
        return true
    }

    /// Swaps the staging folder in. Top-level hidden files of the old output (`.gitkeep`)
    /// are kept. `written` lists the paths `write` wrote; the result adds the removed ones.
    public func commit(written: [String], files: Set<String>) throws(Diagnostic) -> OutputWriter.Result {
        do {
            for hidden in (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
            where hidden.hasPrefix(".") && hidden != OutputOwnership.markerName {
                try? fileManager.copyItem(at: output.appendingPathComponent(hidden), to: staging.appendingPathComponent(hidden))
            }
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: retired)
            }
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: retired)
        } catch {
            abandon()
            throw failure(error)
        }
        let removed = previous.subtracting(files).filter { !$0.hasPrefix(".") }
        return OutputWriter.Result(written: written.count, changed: (written + removed).sorted())
    }

    /// Throws the staging folder away; the output stays as it was.
    public func abandon() {
        try? fileManager.removeItem(at: staging)
    }

    public func failure(_ error: any Error) -> Diagnostic {
        .error(
            at: nil, "cannot write the output folder \(SourceFile.displayPath(for: output)): \(error.localizedDescription)",
            hint: "check that its parent folder exists and is writable")
    }

    /// Site-relative paths of the files under `folder` (none when it does not exist).
    private static func existingFiles(in folder: URL) -> Set<String> {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        return Set((try? FileTree.files(under: root, includingHidden: true)) ?? [])
    }
}
