import Diagnostics
import Foundation

/// Reads content files as UTF-8 text, turning every way that can fail into a diagnostic
/// that names the file (and, for bad bytes, the line they are on).
enum SourceFile {
    /// The text of the file at `url`; `displayPath` is what diagnostics print.
    static func readText(at url: URL, displayPath: String) throws(Diagnostic) -> String {
        let data = try readData(at: url, displayPath: displayPath)
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error(at: firstInvalidUTF8Location(in: data, path: displayPath),
                                   "the file is not valid UTF-8 text",
                                   hint: "save it as UTF-8 (most editors offer this under ‘Save with encoding’)")
        }
        // A byte-order mark is valid UTF-8 but would show up as text before the front matter.
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The bytes of the file at `url`.
    static func readData(at url: URL, displayPath: String) throws(Diagnostic) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw Diagnostic.error(at: SourceLocation(path: displayPath, line: 1),
                                   "cannot read the file (\(reason))",
                                   hint: "check that it exists and that you may read it (chmod a+r)")
        }
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
                  String(bytes: bytes[index..<index + length], encoding: .utf8) != nil else {
                return SourceLocation(path: path, line: line, column: index - lineStart + 1)
            }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return SourceLocation(path: path, line: line, column: 1)
    }

    /// A path as people want to read it: relative to the working directory when inside it.
    static func displayPath(for url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
