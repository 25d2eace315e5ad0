import Diagnostics
import Foundation

/// Writes the built site. A full build goes through a `StagedOutput`; a rebuild updates
/// the output in place, each file replaced atomically. Files are written with plain
/// POSIX calls: no `fsync` per file (a build is redone, not recovered), no re-reading.
public struct OutputWriter {
    public var output: URL
    private let fileManager = FileManager.default

    public init(output: URL) { self.output = output }

    public struct Result {
        public var written: Int
        /// Site-relative paths written, changed or removed.
        public var changed: [String]

        public init(written: Int, changed: [String]) {
            self.written = written
            self.changed = changed
        }
    }

    /// Updates the output in place after a rebuild: writes `files` (the caller has found
    /// them changed) and removes `removals`.
    public func update(_ files: [String: OutputFile], removing removals: Set<String>) throws(Diagnostic) -> Result {
        var changed: [String] = []
        do {
            let root = output.standardizedFileURL.path + "/"
            for path in files.keys.sorted() {
                try Self.createFolder(of: path, under: root)
                try Self.replaceFile(atPath: root + path, with: try files[path]!.contents())
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
            throw Diagnostic.error(
                at: nil, "cannot update the output folder \(SourceFile.displayPath(for: output)): \(error.localizedDescription)")
        }
        return Result(written: files.count, changed: changed.sorted())
    }

    private func removeEmptyFolders(above url: URL) {
        var folder = url.deletingLastPathComponent().standardizedFileURL
        let root = output.standardizedFileURL.path
        while folder.path.hasPrefix(root + "/"),
            (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
        {
            try? fileManager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }

    // MARK: - Files

    /// Writes `data` to `path`, creating it or overwriting it in place, then cutting it to
    /// length. Plain POSIX calls: `Data.write(to:)` does an `fsync` per file. An existing
    /// file is not truncated first: ext4 flushes a file truncated to nothing and rewritten
    /// when it is closed (0.4 s for the 108 split pages of a 2,000-unit chart). A file made
    /// here has nothing to cut, which saves a full build a system call a file.
    public static func writeFile(atPath path: String, _ data: Data) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        let existed = descriptor < 0 && errno == EEXIST
        if existed { descriptor = open(path, O_WRONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXFailure(operation: "create", path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(operation: "write", path: path, code: errno)
                }
                offset += count
            }
        }
        guard !existed || ftruncate(descriptor, off_t(data.count)) == 0 else {
            throw POSIXFailure(operation: "write", path: path, code: errno)
        }
    }

    /// Replaces the file at `path` as one step: a reader (the preview server) sees the old
    /// bytes or the new ones, never half a file.
    public static func replaceFile(atPath path: String, with data: Data) throws {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + "." + String(path[slash...]) + ".orgbook-new"
        try writeFile(atPath: temporary, data)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXFailure(operation: "replace", path: path, code: code)
        }
    }

    /// True when the file at `path` holds exactly `data` (false when it cannot be read).
    static func sameBytes(atPath path: String, as data: Data) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) == data.count else { return false }
        guard let old = FileManager.default.contents(atPath: path) else { return false }
        return old == data
    }

    /// Makes the folder that `path` (under `root`, which ends in `/`) goes in, and the
    /// folders above it that are missing. Safe on many threads at once: a folder another
    /// thread made first is as good as one made here. One `mkdir` when the parent exists,
    /// so each writer makes its own page's folder and no serial pass makes them all first
    /// (100,000 of them took 0.75 s of one core at 100,000 pages).
    public static func createFolder(of path: String, under root: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        try createFolder(String(path[..<slash]), under: root)
    }

    private static func createFolder(_ folder: String, under root: String) throws {
        let path = root + folder
        var code = mkdir(path, 0o755) == 0 ? 0 : errno
        if code == ENOENT, let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try createFolder(String(folder[..<slash]), under: root)
            code = mkdir(path, 0o755) == 0 ? 0 : errno
        }
        guard code == 0 || code == EEXIST else { throw POSIXFailure(operation: "create the folder", path: path, code: code) }
    }
}

/// A failed system call on an output path, worded for the build's error message.
public struct POSIXFailure: Error, LocalizedError {
    var operation: String
    var path: String
    var code: Int32

    public var errorDescription: String? { "cannot \(operation) \(path): \(String(cString: strerror(code)))" }
}
