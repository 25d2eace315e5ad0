import OrgModel

/// Lexical path arithmetic for data files named in documents (`src:`, `before:`), so
/// diagnostics show short, stable paths like `Content/reports/before.csv`.
public enum FilePath {
    /// `relative` resolved against the folder `base` ("" for the current folder), with `.`
    /// and `folder/..` segments removed. Absolute paths are only normalised.
    public static func resolve(_ relative: String, against base: String) -> String {
        let joined = relative.hasPrefix("/") || base.isEmpty ? relative : base + "/" + relative
        let isAbsolute = joined.hasPrefix("/")
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", isAbsolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        return isAbsolute ? "/" + body : (body.isEmpty ? "." : body)
    }

    /// The folder holding `path` ("" when it has none).
    public static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The lower-cased extension without its dot ("" when none).
    public static func fileExtension(of path: String) -> String {
        let name = path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
