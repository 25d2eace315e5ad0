import Diagnostics
import Foundation

/// Writes the built site. A full build goes to a staging folder beside the output that
/// replaces it only once complete; unchanged files are hard-linked from the previous
/// output instead of rewritten, so their dates stay and watchers see only real changes.
struct OutputWriter {
    var output: URL
    private let fileManager = FileManager.default

    struct Result {
        var written: Int
        /// Site-relative paths written, changed or removed.
        var changed: [String]
    }

    /// Replaces the output folder with exactly `files`. Top-level hidden files of the old
    /// output (`.gitkeep`) are kept. Files are written in parallel: each task owns one path.
    func replaceAll(with files: [String: OutputFile]) throws(Diagnostic) -> Result {
        let output = self.output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).old")
        do {
            try? fileManager.removeItem(at: staging)
            try? fileManager.removeItem(at: retired)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let previous = Set(existingFiles(in: output))
            let paths = files.keys.sorted()
            let stagingRoot = staging.path + "/"
            let outputRoot = output.path + "/"
            try Self.createFolders(for: paths, under: stagingRoot)
            // Each task writes one file of its own; errors come back in its slot.
            let outcomes = Parallel.map(paths) { path -> Swift.Result<Bool, any Error> in
                Swift.Result {
                    let data = try files[path]!.contents()
                    let destination = stagingRoot + path
                    if previous.contains(path), Self.sameBytes(atPath: outputRoot + path, as: data),
                       link(outputRoot + path, destination) == 0 {
                        return false
                    }
                    try data.write(to: URL(fileURLWithPath: destination))
                    return true
                }
            }
            var written = 0
            var changed: [String] = []
            for (path, outcome) in zip(paths, outcomes) where try outcome.get() {
                written += 1
                changed.append(path)
            }
            changed += previous.subtracting(files.keys).filter { !$0.hasPrefix(".") }.sorted()
            for hidden in (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? [] where hidden.hasPrefix(".") {
                try? fileManager.copyItem(at: output.appendingPathComponent(hidden), to: staging.appendingPathComponent(hidden))
            }
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: retired)
            }
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: retired)
            return Result(written: written, changed: changed.sorted())
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Diagnostic.error(at: nil, "cannot write the output folder \(SourceFile.displayPath(for: output)): \(error.localizedDescription)",
                                   hint: "check that its parent folder exists and is writable")
        }
    }

    /// Makes the folders of `paths` under `root` (which ends in `/`), each once, parents
    /// first: sorted paths list a folder before anything inside it.
    private static func createFolders(for paths: [String], under root: String) throws {
        var created: Set<Substring> = [""]
        for path in paths {
            guard let slash = path.lastIndex(of: "/") else { continue }
            let folder = path[..<slash]
            if created.contains(folder) { continue }
            var missing: [Substring] = [folder]
            var current = folder
            while let up = current.lastIndex(of: "/") {
                current = current[..<up]
                if created.contains(current) { break }
                missing.append(current)
            }
            for folder in missing.reversed() {
                if mkdir(root + folder, 0o755) != 0 && errno != EEXIST {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: root + folder])
                }
                created.insert(folder)
            }
        }
    }

    /// True when the file at `path` holds exactly `data` (false when it cannot be read).
    private static func sameBytes(atPath path: String, as data: Data) -> Bool {
        guard let old = FileManager.default.contents(atPath: path) else { return false }
        return old == data
    }

    /// Updates the output in place after a rebuild: writes `files` whose bytes changed and
    /// removes `removals`. Each file is replaced atomically.
    func update(_ files: [String: OutputFile], removing removals: Set<String>) throws(Diagnostic) -> Result {
        var written = 0
        var changed: [String] = []
        do {
            for path in files.keys.sorted() {
                let destination = output.appendingPathComponent(path)
                let data = try files[path]!.contents()
                if (try? Data(contentsOf: destination)) == data { continue }
                try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: destination, options: .atomic)
                written += 1
                changed.append(path)
            }
            for path in removals.sorted() {
                let url = output.appendingPathComponent(path)
                guard fileManager.fileExists(atPath: url.path) else { continue }
                try fileManager.removeItem(at: url)
                changed.append(path)
                removeEmptyFolders(above: url)
            }
        } catch {
            throw Diagnostic.error(at: nil, "cannot update the output folder \(SourceFile.displayPath(for: output)): \(error.localizedDescription)")
        }
        return Result(written: written, changed: changed.sorted())
    }

    private func removeEmptyFolders(above url: URL) {
        var folder = url.deletingLastPathComponent().standardizedFileURL
        let root = output.standardizedFileURL.path
        while folder.path.hasPrefix(root + "/"),
              (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? fileManager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }

    /// Site-relative paths of the regular files under `folder`.
    private func existingFiles(in folder: URL) -> [String] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        guard let enumerator = fileManager.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var result: [String] = []
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            if path.hasPrefix(root) { result.append(String(path.dropFirst(root.count))) }
        }
        return result
    }
}
