import Diagnostics
import Foundation

/// Reads content files as UTF-8 text, turning every way that can fail into a diagnostic
/// that names the file (and, for bad bytes, the line they are on).
public enum SourceFile {
    /// The text of the file at `url`; `displayPath` is what diagnostics print.
    public static func readText(at url: URL, displayPath: String) throws(Diagnostic) -> String {
        try readText(atPath: url.path, displayPath: displayPath)
    }

    /// The text of the file at `path` (absolute), read with one `open` and `read`: pages
    /// are read this way, thousands per build, without a `URL` or `Data` for each.
    public static func readText(atPath path: String, displayPath: String) throws(Diagnostic) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(displayPath, errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw unreadable(displayPath, errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw unreadable(displayPath, EISDIR) }
        // One byte more than the file's size, so the read that finds the end needs no
        // second buffer; the buffer is read into, not cleared first.
        var bytes: [UInt8] = []
        var chunk = Int(info.st_size) + 1
        while true {
            var failure: Int32 = 0
            let part = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if got < 0, errno == EINTR { continue }
                    if got < 0 { failure = errno }
                    if got <= 0 { return }
                    count += got
                }
            }
            if failure != 0 { throw unreadable(displayPath, failure) }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            // A file that grew since `fstat` is read on in larger buffers.
            if part.count < chunk { break }
            chunk = max(4096, bytes.count)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Diagnostic.error(
                at: firstInvalidUTF8Location(in: Data(bytes), path: displayPath),
                "the file is not valid UTF-8 text",
                hint: "save it as UTF-8 (most editors offer this under ‘Save with encoding’)")
        }
        // A byte-order mark is valid UTF-8 but would show up as text before the front matter.
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    private static func unreadable(_ displayPath: String, _ code: Int32) -> Diagnostic {
        .error(
            at: SourceLocation(path: displayPath, line: 1), "cannot read the file (\(String(cString: strerror(code))))",
            hint: "check that it exists and that you may read it (chmod a+r)")
    }

    /// The line and column (in bytes) of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8Location(in data: Data, path: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return SourceLocation(path: path, line: line, column: index - lineStart + 1)
            }
            guard index + length <= bytes.count,
                String(bytes: bytes[index..<index + length], encoding: .utf8) != nil
            else {
                return SourceLocation(path: path, line: line, column: index - lineStart + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return SourceLocation(path: path, line: line, column: 1)
    }

    /// What `displayPath(for:)` puts before a content-relative path under `directory`:
    /// worked out once per build, not once per page.
    public static func displayPrefix(for directory: URL) -> String {
        let path = directory.standardizedFileURL.path
        let folder = path.hasSuffix("/") ? path : path + "/"
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return folder.hasPrefix(prefix) ? String(folder.dropFirst(prefix.count)) : folder
    }

    /// A path as people want to read it: relative to the working directory when inside it.
    public static func displayPath(for url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
