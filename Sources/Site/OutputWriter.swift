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
    /// output (`.gitkeep`) are kept.
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
            var written = 0
            var changed: [String] = []
            var createdFolders: Set<String> = [""]
            for path in files.keys.sorted() {
                let destination = staging.appendingPathComponent(path)
                let folder = (path as NSString).deletingLastPathComponent
                if !createdFolders.contains(folder) {
                    try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                    createdFolders.insert(folder)
                }
                let data = try files[path]!.contents()
                let old = output.appendingPathComponent(path)
                if previous.contains(path), (try? Data(contentsOf: old)) == data,
                   (try? fileManager.linkItem(at: old, to: destination)) != nil {
                    continue
                }
                try data.write(to: destination)
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
