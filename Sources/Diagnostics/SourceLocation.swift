/// A place in a source file, 1-based, as compilers print it: `path:line:column`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The same place, moved down by `lines` (used when data sits inside a Markdown fence
    /// or after front matter, so messages point at the line in the Markdown file).
    public func offset(byLines lines: Int, columns: Int = 0) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: column + columns)
    }

    public var description: String { "\(path):\(line):\(column)" }
}
