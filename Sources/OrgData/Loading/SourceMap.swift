import Diagnostics
import OrgModel

/// Where a piece of text sits in its file, so that positions inside the text (YAML marks,
/// CSV rows) become positions in the file: for data inside a Markdown fence, lines and
/// columns of the Markdown file.
public struct SourceMap: Sendable {
    /// Where line 1, column 1 of the text is.
    public var origin: SourceLocation

    public init(origin: SourceLocation) { self.origin = origin }
    public init(file path: String) { self.origin = SourceLocation(path: path, line: 1, column: 1) }

    public var path: String { origin.path }

    /// The file position of 1-based `line` and `column` in the text. Every line is shifted by
    /// the origin's column: fenced code inside an indented block loses that indent on
    /// every line, not just the first.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: origin.path, line: origin.line + line - 1, column: origin.column + column - 1)
    }
}
