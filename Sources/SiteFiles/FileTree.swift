import Foundation

/// Lists the files under a folder with `opendir`/`readdir`, whose entries carry their
/// type: no `stat` per file (Foundation's enumerator asked for resource values, and
/// resolved links, file by file — a tenth of a 1,000-page check, seconds for a 10,000-page
/// output). Symbolic links to files count as files, and so do broken links (reading one
/// reports it); links to folders are not followed, so a link cannot make a cycle.
public enum FileTree {
    /// A folder that could not be listed: `folder` is relative to the root ("" for the root).
    public struct Unreadable: Error {
        public var folder: String
    }

    /// A symbolic link that cannot be published: it resolves outside the root (a page
    /// linked to `/etc/passwd` would publish it), or to nothing (dangling, or a loop).
    public struct BadLink: Hashable {
        public var path: String
        public var target: String?
    }

    /// Root-relative paths of the files under `root`, unsorted. Names starting with `.`
    /// (and everything inside such folders) are left out unless `includingHidden`. A
    /// sub-folder that vanishes while it is read is skipped.
    public static func files(under root: String, includingHidden: Bool = false) throws(Unreadable) -> [String] {
        var ignored: [BadLink] = []
        return try files(under: root, includingHidden: includingHidden, badLinks: &ignored)
    }

    /// As `files(under:includingHidden:)`; links to files outside `root`, and links that
    /// resolve to nothing, are left out and listed in `badLinks`.
    public static func files(
        under root: String, includingHidden: Bool = false,
        badLinks: inout [BadLink]
    ) throws(Unreadable) -> [String] {
        let realRoot = realPath(root) ?? root
        var files: [String] = []
        var folders: [String] = [""]
        while let folder = folders.popLast() {
            guard let stream = opendir(folder.isEmpty ? root : root + "/" + folder) else {
                // A folder deleted while the site is read (the preview server rebuilds as
                // files move) is simply gone.
                if !folder.isEmpty && errno == ENOENT { continue }
                throw Unreadable(folder: folder)
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." || (!includingHidden && name.hasPrefix(".")) { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                if Int32(entry.pointee.d_type) == Int32(DT_LNK) {
                    let target = realPath(root + "/" + relative)
                    guard let target else {
                        badLinks.append(BadLink(path: relative, target: nil))
                        continue
                    }
                    if !target.hasPrefix(realRoot + "/") {
                        badLinks.append(BadLink(path: relative, target: target))
                        continue
                    }
                }
                switch kind(of: entry.pointee.d_type, path: root + "/" + relative) {
                case .folder: folders.append(relative)
                case .file: files.append(relative)
                case .other: continue
                }
            }
        }
        return files
    }

    /// The absolute path with every link resolved; nil when it resolves to nothing.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private enum EntryKind { case folder, file, other }

    /// A directory entry's kind from its `d_type`; `stat` only for links and for file
    /// systems that leave the type unknown.
    private static func kind(of type: UInt8, path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            var info = stat()
            // A dangling link is listed as a file, so reading it reports the problem.
            guard stat(path, &info) == 0 else { return .file }
            let format = info.st_mode & S_IFMT
            if format == S_IFREG { return .file }
            // A real folder of unknown type is walked; a link to a folder is not.
            if format == S_IFDIR, Int32(type) == Int32(DT_UNKNOWN) { return .folder }
            return .other
        default: return .other
        }
    }
}
